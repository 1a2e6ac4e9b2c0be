import { useId } from 'react';
import type { Metric } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { RollupRow } from '../api/get-rollup';
import { formatTotal, shortUnitName, withUnit } from './labels';
import { UnitShare } from './progress-bar';

type RollupCardsProps = { rows: RollupRow[]; metrics: Metric[] };

/** The per-Kanwil progress on a phone: one card per Kanwil instead of a wide table. */
export function RollupCards({ rows, metrics }: RollupCardsProps) {
  const { t, lang } = useI18n();
  const headingId = useId();
  if (rows.length === 0) return <p className="text-slate-600">{t('rollup.table.empty')}</p>;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="font-semibold text-navy-900">
        {t('rollup.table.caption')}
      </h3>
      <ul className="mt-2 flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.unitId} className="rounded-lg border border-slate-200 p-3">
            <p className="font-medium text-slate-900">{shortUnitName(row.unitName)}</p>
            <dl className="mt-2 flex flex-col gap-2 text-sm">
              <div>
                <dt className="text-slate-600">{t('rollup.reported')}</dt>
                <dd>
                  <UnitShare count={row.reported} total={row.targets} percent={row.reportedPercent} tone="amber" />
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t('rollup.verified')}</dt>
                <dd>
                  <UnitShare count={row.verified} total={row.targets} percent={row.verifiedPercent} tone="teal" />
                </dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt className="text-slate-600">{t('rollup.overdue')}</dt>
                <dd className={cx('tabular-nums', row.overdue > 0 && 'font-semibold text-red-800')}>
                  {formatNumber(row.overdue, lang)}
                </dd>
              </div>
              {metrics.map((metric) => {
                const totals = row.metrics[metric.key];
                return (
                  <div key={metric.key} className="border-t border-slate-100 pt-2">
                    <dt className="text-slate-600">{metric.name}</dt>
                    <dd className="tabular-nums">
                      {t('rollup.metricReported', {
                        value: withUnit(formatTotal(totals?.reported, lang), metric.unit),
                      })}
                      <span className="block font-semibold text-teal-900">
                        {t('rollup.metricVerified', {
                          value: withUnit(formatTotal(totals?.verified, lang), metric.unit),
                        })}
                      </span>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
