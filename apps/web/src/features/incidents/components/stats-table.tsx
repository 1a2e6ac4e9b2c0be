import type { IncidentStats } from '@selaras/contracts';
import { Card, EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

type StatRow = IncidentStats['byCategory'][number];

type StatsTableProps = {
  title: string;
  /** The first column's header: category, unit or month. */
  nameHeader: string;
  rows: StatRow[];
  /** How a row's label reads (a month key becomes "Maret 2026"). */
  labelOf?: (row: StatRow) => string;
};

/** One breakdown as a table; a bar beside each name shows its share of the largest row (the numbers carry the meaning). */
export function StatsTable({ title, nameHeader, rows, labelOf = (row) => row.label }: StatsTableProps) {
  const { t, lang } = useI18n();
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <Card title={title}>
      <Table caption={title} hideCaption>
        <thead>
          <tr>
            <Th>{nameHeader}</Th>
            <Th className="text-right">{t('incidentStats.col.total')}</Th>
            <Th className="text-right">{t('incidentStats.col.open')}</Th>
            <Th className="text-right">{t('incidentStats.col.serious')}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow colSpan={4}>{t('incidentStats.none')}</EmptyRow>}
          {rows.map((row) => (
            <tr key={row.key}>
              <Td className="min-w-40">
                <span className="block">{labelOf(row)}</span>
                <span aria-hidden="true" className="mt-1 block h-2 w-full rounded-full bg-slate-100">
                  <span
                    className="block h-2 rounded-full bg-navy-600"
                    style={{ width: `${Math.max(2, Math.round((row.total / max) * 100))}%` }}
                  />
                </span>
              </Td>
              <Td className="text-right tabular-nums">{formatNumber(row.total, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.open, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.serious, lang)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
