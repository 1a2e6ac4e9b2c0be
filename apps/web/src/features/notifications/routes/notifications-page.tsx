import { getRouteApi } from '@tanstack/react-router';
import { Alert, Button, Card, CheckboxField, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { describeTimeZone } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useNotifications } from '../api/list-notifications';
import { useMarkAllRead } from '../api/mark-read';
import { NotificationItem } from '../components/notification-item';
import { NOTIFICATIONS_PAGE_SIZE } from './notifications-search';

const routeApi = getRouteApi('/app/notifications');

export function NotificationsPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.notifications'));
  const offset = search.offset ?? 0;
  const page = useNotifications({ unread: search.unread, limit: NOTIFICATIONS_PAGE_SIZE, offset });
  const markAll = useMarkAllRead();
  const zone = me.position.unitTimezone;
  const unreadCount = page.data?.unreadCount ?? 0;

  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.description', { zone: describeTimeZone(zone) })} />
      <Card
        title={t('notifications.unreadCount', { count: unreadCount })}
        actions={
          <Button size="sm" variant="secondary" disabled={unreadCount === 0} busy={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        }
      >
        <CheckboxField
          label={t('notifications.onlyUnread')}
          checked={search.unread === true}
          onChange={(event) => void navigate({ search: { unread: event.target.checked || undefined } })}
        />
        {markAll.isError && <Alert tone="error">{describeError(markAll.error, t)}</Alert>}
        <div className="mt-4" aria-busy={page.isFetching}>
          {page.isPending && <Spinner />}
          {page.isError && <Alert tone="error">{describeError(page.error, t)}</Alert>}
          {page.data && page.data.items.length === 0 && <p className="text-slate-600">{t('notifications.empty')}</p>}
          {page.data && page.data.items.length > 0 && (
            <>
              <ul className="flex flex-col gap-2">
                {page.data.items.map((n) => (
                  <NotificationItem key={n.id} notification={n} timeZone={zone} />
                ))}
              </ul>
              <Pagination
                total={page.data.total}
                limit={NOTIFICATIONS_PAGE_SIZE}
                offset={offset}
                onChange={(next) => void navigate({ search: { ...search, offset: next } })}
              />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
