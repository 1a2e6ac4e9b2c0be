import { Link } from '@tanstack/react-router';
import type { Meeting } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** Each meeting's start in the zone it was planned in ("09.00 WIB"). */
export function MeetingsTable({ meetings }: { meetings: Meeting[] }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('meetings.table.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('meetings.table.title')}</Th>
          <Th>{t('meetings.table.start')}</Th>
          <Th>{t('meetings.table.mode')}</Th>
          <Th className="text-right">{t('meetings.table.invited')}</Th>
        </tr>
      </thead>
      <tbody>
        {meetings.length === 0 && <EmptyRow colSpan={4}>{t('meetings.table.empty')}</EmptyRow>}
        {meetings.map((meeting) => (
          <tr key={meeting.id} className="hover:bg-slate-50">
            <Td className="min-w-56">
              <Link
                to="/meetings/$meetingId"
                params={{ meetingId: meeting.id }}
                className="font-medium text-navy-800 underline-offset-4 hover:underline"
              >
                {meeting.title}
              </Link>
              <span className="block text-xs text-slate-600">{meeting.organiserUnitName}</span>
            </Td>
            <Td className="min-w-44">{formatDateTime(meeting.startsAt, meeting.timezone, lang)}</Td>
            <Td>{t(`meetingMode.${meeting.mode}`)}</Td>
            <Td className="text-right tabular-nums">{formatNumber(meeting.invitedCount, lang)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
