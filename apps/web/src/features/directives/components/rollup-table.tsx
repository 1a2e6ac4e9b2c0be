import type { Metric } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { RollupRow } from '../api/get-rollup';
import { formatTotal, shortUnitName, withUnit } from './labels';
import { UnitShare } from './progress-bar';

type RollupTableProps = { rows: RollupRow[]; metrics: Metric[] };

/** One row per Kanwil: how many of its units reported, how many were verified, and the totals so far. */
export function RollupTable({ rows, metrics }: RollupTableProps) {
  const { t, lang } = useI18n();
  const columns = 5 + metrics.length;
  return (
    <Table caption={t('rollup.table.caption')}>
      <thead>
        <tr>
          <Th>{t('rollup.table.kanwil')}</Th>
          <Th className="text-right">{t('rollup.units')}</Th>
          <Th>{t('rollup.reported')}</Th>
          <Th>{t('rollup.verified')}</Th>
          <Th className="text-right">{t('rollup.overdue')}</Th>
          {metrics.map((metric) => (
            <Th key={metric.key}>{metric.name}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow colSpan={columns}>{t('rollup.table.empty')}</EmptyRow>}
        {rows.map((row) => (
          <tr key={row.unitId}>
            <th scope="row" className="min-w-40 border-b border-slate-100 px-3 py-2 text-left align-top font-medium">
              {shortUnitName(row.unitName)}
            </th>
            <Td className="text-right tabular-nums">{formatNumber(row.targets, lang)}</Td>
            <Td>
              <UnitShare count={row.reported} total={row.targets} percent={row.reportedPercent} tone="amber" />
            </Td>
            <Td>
              <UnitShare count={row.verified} total={row.targets} percent={row.verifiedPercent} tone="teal" />
            </Td>
            <Td
              className={
                row.overdue > 0 ? 'text-right font-semibold text-red-800 tabular-nums' : 'text-right tabular-nums'
              }
            >
              {formatNumber(row.overdue, lang)}
            </Td>
            {metrics.map((metric) => {
              const totals = row.metrics[metric.key];
              return (
                <Td key={metric.key} className="min-w-36 tabular-nums">
                  <span className="block">
                    {t('rollup.metricReported', { value: withUnit(formatTotal(totals?.reported, lang), metric.unit) })}
                  </span>
                  <span className="block font-semibold text-teal-900">
                    {t('rollup.metricVerified', { value: withUnit(formatTotal(totals?.verified, lang), metric.unit) })}
                  </span>
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
