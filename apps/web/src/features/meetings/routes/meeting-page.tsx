import { getRouteApi, Link } from '@tanstack/react-router';
import { z } from 'zod';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMeeting } from '../api/get-meeting';
import { AttendanceSection } from '../components/attendance-section';
import { CheckInPanel } from '../components/check-in-panel';
import { MeetingDetailsCard } from '../components/meeting-details-card';
import { MinutesSection } from '../components/minutes-section';

const routeApi = getRouteApi('/app/meetings/$meetingId');
const IdSchema = z.uuid();

export function MeetingPage() {
  const { t, lang } = useI18n();
  const { meetingId } = routeApi.useParams();
  const validId = IdSchema.safeParse(meetingId).success;
  const meeting = useMeeting(meetingId, validId);
  useDocumentTitle(meeting.data?.title ?? t('nav.meetings'));

  if (!validId || isApiError(meeting.error, 404)) {
    return (
      <Card title={t('meetings.notFound.title')}>
        <p className="mb-3">{t('meetings.notFound.body')}</p>
        <Link to="/meetings" className="font-medium text-navy-800 underline">
          {t('meetings.notFound.back')}
        </Link>
      </Card>
    );
  }
  if (meeting.isError) return <Alert tone="error">{describeError(meeting.error, t)}</Alert>;
  if (!meeting.data) return <Spinner />;

  const data = meeting.data;
  return (
    <>
      <Link to="/meetings" className="text-sm font-medium text-navy-800 underline">
        {t('nav.meetings')}
      </Link>
      <PageHeader title={data.title} description={formatDateTime(data.startsAt, data.timezone, lang)} />
      <div className="flex flex-col gap-5">
        <MeetingDetailsCard meeting={data} />
        <CheckInPanel meeting={data} />
        <AttendanceSection meeting={data} />
        <MinutesSection meeting={data} />
      </div>
    </>
  );
}
