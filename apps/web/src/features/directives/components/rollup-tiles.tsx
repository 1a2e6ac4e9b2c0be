import type { Metric } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { DirectiveRollup } from '../api/get-rollup';
import { formatTotal, withUnit } from './labels';
import { ProgressBar } from './progress-bar';

type Tile = {
  label: string;
  value: string;
  detail?: string;
  percent?: number;
  tone?: 'amber' | 'teal';
  alert?: boolean;
};

/** The national line: units, share reported, share verified, overdue. */
export function RollupTiles({ national }: { national: DirectiveRollup['national'] }) {
  const { t, lang } = useI18n();
  const count = (value: number) => formatNumber(value, lang);
  const tiles: Tile[] = [
    { label: t('rollup.units'), value: count(national.targets) },
    {
      label: t('rollup.reported'),
      value: formatPercent(national.reportedPercent, lang),
      detail: t('rollup.ofUnits', { count: count(national.reported), total: count(national.targets) }),
      percent: national.reportedPercent,
      tone: 'amber',
    },
    {
      label: t('rollup.verified'),
      value: formatPercent(national.verifiedPercent, lang),
      detail: t('rollup.ofUnits', { count: count(national.verified), total: count(national.targets) }),
      percent: national.verifiedPercent,
      tone: 'teal',
    },
    { label: t('rollup.overdue'), value: count(national.overdue), alert: national.overdue > 0 },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
          <dt className="text-sm text-slate-600">{tile.label}</dt>
          <dd>
            <span
              className={cx('block text-2xl font-semibold tabular-nums', tile.alert ? 'text-red-800' : 'text-navy-900')}
            >
              {tile.value}
            </span>
            {tile.detail && <span className="block text-xs text-slate-600">{tile.detail}</span>}
            {tile.percent !== undefined && tile.tone && (
              <span className="mt-2 block">
                <ProgressBar percent={tile.percent} tone={tile.tone} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

type MetricTotalsProps = { metrics: Metric[]; national: DirectiveRollup['national'] };

/** National metric totals, reported and verified apart, against the target when one is set. */
export function MetricTotals({ metrics, national }: MetricTotalsProps) {
  const { t, lang } = useI18n();
  if (metrics.length === 0) return null;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {metrics.map((metric) => {
        const totals = national.metrics[metric.key];
        const target =
          metric.targetPerUnit !== undefined && metric.rollup === 'sum'
            ? metric.targetPerUnit * national.targets
            : null;
        return (
          <li key={metric.key} className="rounded-lg border border-slate-200 bg-white p-3 shadow-xs">
            <p className="font-medium text-slate-900">
              {metric.name}
              <span className="font-normal text-slate-600"> · {t(`metricRollup.${metric.rollup}`)}</span>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {t('rollup.metricReported', { value: withUnit(formatTotal(totals?.reported, lang), metric.unit) })}
            </p>
            <p className="text-sm font-semibold text-teal-900">
              {t('rollup.metricVerified', { value: withUnit(formatTotal(totals?.verified, lang), metric.unit) })}
            </p>
            {target !== null && (
              <p className="text-sm text-slate-600">
                {t('rollup.metricTarget', { value: withUnit(formatNumber(target, lang), metric.unit) })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
