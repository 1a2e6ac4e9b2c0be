import { Link, useNavigate } from '@tanstack/react-router';
import { Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MeetingForm } from '../components/meeting-form';

export function NewMeetingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('meetings.new.title'));
  return (
    <>
      <Link to="/meetings" className="text-sm font-medium text-navy-800 underline">
        {t('nav.meetings')}
      </Link>
      <PageHeader title={t('meetings.new.title')} description={t('meetings.new.description')} />
      <Card>
        <MeetingForm onCreated={(meeting) => void navigate({ to: '/meetings/$meetingId', params: { meetingId: meeting.id } })} />
      </Card>
    </>
  );
}
