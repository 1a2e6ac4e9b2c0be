import { cx } from '@/components/ui';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** A bar for a share of units; the number beside it is the accessible text, the bar only shows it. */
export function ProgressBar({ percent, tone }: { percent: number; tone: 'amber' | 'teal' }) {
  const width = Math.max(0, Math.min(percent, 100));
  return (
    <div aria-hidden="true" className="h-2 w-full min-w-20 overflow-hidden rounded-full bg-slate-200">
      <div
        className={cx('h-full rounded-full', tone === 'teal' ? 'bg-teal-600' : 'bg-amber-500')}
        style={{ width: `${width}%` }}
      />
    </div>
  );
}

type ShareProps = { count: number; total: number; percent: number; tone: 'amber' | 'teal' };

/** "1 dari 8 unit · 12,5%" above its bar. */
export function UnitShare({ count, total, percent, tone }: ShareProps) {
  const { t, lang } = useI18n();
  return (
    <div className="flex min-w-36 flex-col gap-1">
      <span className="tabular-nums">
        {t('rollup.ofUnits', { count: formatNumber(count, lang), total: formatNumber(total, lang) })}
        <span className="text-slate-600"> · {formatPercent(percent, lang)}</span>
      </span>
      <ProgressBar percent={percent} tone={tone} />
    </div>
  );
}
