import type { MeetingAttendance } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** Attendance per Kanwil, highest rate first, with the national line above it. */
export function KanwilRatesTable({ attendance }: { attendance: MeetingAttendance }) {
  const { t, lang } = useI18n();
  const n = attendance.national;
  return (
    <div className="flex flex-col gap-3">
      <p className="font-medium text-navy-900">
        {t('meetings.attendance.national', {
          attended: formatNumber(n.attended, lang),
          invited: formatNumber(n.invited, lang),
          rate: formatPercent(n.ratePercent, lang),
          staff: formatNumber(n.staff, lang),
        })}
      </p>
      <Table caption={t('meetings.attendance.heading')} hideCaption>
        <thead>
          <tr>
            <Th>{t('meetings.attendance.kanwil')}</Th>
            <Th className="text-right">{t('meetings.attendance.invited')}</Th>
            <Th className="text-right">{t('meetings.attendance.attended')}</Th>
            <Th className="text-right">{t('meetings.attendance.staff')}</Th>
            <Th className="text-right">{t('meetings.attendance.rate')}</Th>
          </tr>
        </thead>
        <tbody>
          {attendance.kanwil.length === 0 && <EmptyRow colSpan={5}>{t('meetings.attendance.empty')}</EmptyRow>}
          {attendance.kanwil.map((row) => (
            <tr key={row.unitId}>
              <Td className="min-w-48">{row.unitName}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.invited, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.attended, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.staff, lang)}</Td>
              <Td className="text-right tabular-nums">{formatPercent(row.ratePercent, lang)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
