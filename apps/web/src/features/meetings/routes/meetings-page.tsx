import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, buttonClasses, Card, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMeetingList } from '../api/list-meetings';
import { MeetingsTable } from '../components/meetings-table';
import { MEETINGS_PAGE_SIZE } from './meetings-search';

const routeApi = getRouteApi('/app/meetings');

export function MeetingsPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.meetings'));
  const when = search.when ?? 'upcoming';
  const offset = search.offset ?? 0;
  const meetings = useMeetingList({ when, limit: MEETINGS_PAGE_SIZE, offset });

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        description={t('meetings.description')}
        actions={
          hasPermission(me, 'meetings:manage') && (
            <Link to="/meetings/new" className={buttonClasses('primary')}>
              {t('meetings.create')}
            </Link>
          )
        }
      />
      <Card>
        <nav aria-label={t('meetings.whenLabel')} className="mb-4 flex gap-2">
          {(['upcoming', 'past'] as const).map((value) => (
            <Link
              key={value}
              to="/meetings"
              search={{ when: value }}
              aria-current={when === value ? 'page' : undefined}
              className={buttonClasses(when === value ? 'primary' : 'secondary', 'sm')}
            >
              {t(value === 'upcoming' ? 'meetings.upcoming' : 'meetings.past')}
            </Link>
          ))}
        </nav>
        <div aria-busy={meetings.isFetching}>
          {meetings.isPending && <Spinner />}
          {meetings.isError && <Alert tone="error">{describeError(meetings.error, t)}</Alert>}
          {meetings.data && (
            <>
              <MeetingsTable meetings={meetings.data.items} />
              <Pagination
                total={meetings.data.total}
                limit={MEETINGS_PAGE_SIZE}
                offset={offset}
                onChange={(next) => void navigate({ search: { when, offset: next } })}
              />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
