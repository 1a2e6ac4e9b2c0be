import { cx } from '@/components/ui';
import { formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** Occupancy against capacity; over 100 % the bar turns red and says so in words. */
export function OccupancyBar({ percent }: { percent: number }) {
  const { t, lang } = useI18n();
  const over = percent > 100;
  const width = Math.min(percent, 100);
  // Beyond capacity the bar shows the share of the load that capacity covers.
  const capacityMark = over ? (100 / percent) * 100 : null;
  return (
    <div>
      <p className={cx('text-3xl font-semibold tabular-nums', over ? 'text-red-800' : 'text-navy-900')}>
        {formatPercent(percent, lang)}
      </p>
      <div aria-hidden="true" className="relative mt-2 h-3 overflow-hidden rounded-full bg-slate-200">
        <div
          className={cx('h-full rounded-full', over ? 'bg-red-700' : percent > 85 ? 'bg-amber-500' : 'bg-teal-600')}
          style={{ width: `${width}%` }}
        />
        {capacityMark !== null && (
          <div className="absolute inset-y-0 w-0.5 bg-white" style={{ left: `${capacityMark}%` }} />
        )}
      </div>
      <p className={cx('mt-2 text-sm', over ? 'font-medium text-red-800' : 'text-slate-600')}>
        {over ? t('units.occupancy.over') : t('units.occupancy.within')}
      </p>
    </div>
  );
}
