import { Link } from '@tanstack/react-router';
import type { Notification, TimeZone } from '@selaras/contracts';
import { Button, cx } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMarkRead } from '../api/mark-read';

/** One message: unread ones stand out and can be marked read; a link opens what it is about. */
export function NotificationItem({ notification, timeZone }: { notification: Notification; timeZone: TimeZone }) {
  const { t, lang } = useI18n();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  return (
    <li
      className={cx('rounded-md border px-3 py-3', unread ? 'border-navy-300 bg-navy-50' : 'border-slate-200 bg-white')}
      data-unread={unread || undefined}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 font-semibold break-words text-navy-900">
          {unread && <span className="sr-only">{t('notifications.unread')}: </span>}
          {notification.title}
        </p>
        <time dateTime={notification.createdAt} className="text-sm text-slate-600">
          {formatDateTime(notification.createdAt, timeZone, lang)}
        </time>
      </div>
      <p className="mt-1 max-w-prose text-sm whitespace-pre-line break-words text-slate-800">{notification.body}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {notification.link && (
          <Link to={notification.link} className="focus-ring rounded-md text-sm font-medium text-navy-800 underline">
            {t('notifications.open')}
          </Link>
        )}
        {notification.abilities.markRead && (
          <Button size="sm" variant="ghost" busy={markRead.isPending} onClick={() => markRead.mutate(notification.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </div>
    </li>
  );
}
