import type { Meeting } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDateTime, formatNumber, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="font-medium text-slate-600 sm:w-44 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** When and where, in the zone the meeting was planned in, with the join link. */
export function MeetingDetailsCard({ meeting }: { meeting: Meeting }) {
  const { t, lang } = useI18n();
  const zone = meeting.timezone;
  return (
    <Card title={t('meetings.details.heading')}>
      <dl className="flex flex-col gap-3 text-sm">
        <Row label={t('meetings.details.when')}>
          {formatDateTime(meeting.startsAt, zone, lang)} – {formatTime(meeting.endsAt, zone, lang)}
        </Row>
        <Row label={t('meetings.details.mode')}>{t(`meetingMode.${meeting.mode}`)}</Row>
        {meeting.link && (
          <Row label={t('meetings.details.join')}>
            <a href={meeting.link} target="_blank" rel="noreferrer noopener" className="font-medium break-all text-navy-800 underline">
              {meeting.link}
            </a>
          </Row>
        )}
        {meeting.location && <Row label={t('meetings.details.location')}>{meeting.location}</Row>}
        <Row label={t('meetings.details.chair')}>
          {meeting.chair.title}
          {meeting.chair.holderName && <span className="text-slate-600"> — {meeting.chair.holderName}</span>}
        </Row>
        <Row label={t('meetings.details.organiser')}>{meeting.organiserUnitName}</Row>
        <Row label={t('meetings.details.invited')}>{formatNumber(meeting.invitedCount, lang)}</Row>
        {meeting.agenda && <Row label={t('meetings.details.agenda')}>{meeting.agenda}</Row>}
      </dl>
    </Card>
  );
}
