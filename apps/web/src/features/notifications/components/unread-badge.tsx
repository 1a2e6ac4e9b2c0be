import { Link } from '@tanstack/react-router';
import { useI18n } from '@/lib/i18n/i18n';
import { useUnreadCount } from '../api/list-notifications';

/** The header link to the inbox, with the unread count (polled every minute while the tab is visible). */
export function UnreadBadge() {
  const { t } = useI18n();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const label = count > 0 ? t('notifications.badge.unread', { count }) : t('notifications.badge.none');
  return (
    <Link
      to="/notifications"
      aria-label={label}
      title={label}
      className="focus-ring relative inline-flex min-h-10 shrink-0 items-center rounded-md px-2 ring-1 ring-white/40 hover:bg-white/15"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span data-testid="unread-count" className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-amber-400 px-1 text-center text-xs leading-5 font-bold text-navy-950">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
