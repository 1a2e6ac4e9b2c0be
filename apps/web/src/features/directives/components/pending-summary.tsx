import { Table, Td, Th } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { usePendingSummary } from '../api/get-pending-summary';
import { shortUnitName } from './labels';

/** HQ's overview: per Kanwil, how many follow-ups are not yet reported and how many of those are late. */
export function PendingSummary() {
  const { t, lang } = useI18n();
  const summary = usePendingSummary();
  const rows = summary.data?.items ?? [];
  if (rows.length < 2) return null;
  return (
    <div className="mb-5">
      <Table caption={t('worklist.pending.byKanwil')}>
        <thead>
          <tr>
            <Th>{t('worklist.pending.kanwil')}</Th>
            <Th className="text-right">{t('worklist.pending.count')}</Th>
            <Th className="text-right">{t('worklist.pending.overdue')}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId}>
              <Td>{shortUnitName(row.unitName)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.pending, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.overdue, lang)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
