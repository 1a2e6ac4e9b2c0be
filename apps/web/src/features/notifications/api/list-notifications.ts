import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NotificationPageSchema, type NotificationPage } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

/** Every inbox query key starts here: marking read refreshes the page and the header badge. */
export const notificationsKey = ['notifications'] as const;

const UNREAD_POLL_MS = 60_000;

export type NotificationFilter = { unread?: boolean; limit: number; offset: number };

/** The caller's own inbox, newest first, with the unread count. */
export function listNotifications(filter: NotificationFilter, signal?: AbortSignal): Promise<NotificationPage> {
  const query = { limit: filter.limit, offset: filter.offset, unread: filter.unread ? 'true' : undefined };
  return apiFetch('/notifications', NotificationPageSchema, { query, signal });
}

export function useNotifications(filter: NotificationFilter) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', filter],
    queryFn: ({ signal }) => listNotifications(filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** The unread count for the header: polled every minute, paused while the tab is hidden. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: async ({ signal }) => (await listNotifications({ unread: true, limit: 1, offset: 0 }, signal)).unreadCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
  });
}
