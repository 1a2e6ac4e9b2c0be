import { cx } from '@/components/ui';

/** A bar for a share; the number next to it is the accessible text. */
export function ShareBar({ percent, tone }: { percent: number; tone: 'amber' | 'teal' }) {
  const width = Math.max(0, Math.min(percent, 100));
  return (
    <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-slate-200">
      <div className={cx('h-full rounded-full', tone === 'teal' ? 'bg-teal-600' : 'bg-amber-500')} style={{ width: `${width}%` }} />
    </div>
  );
}
