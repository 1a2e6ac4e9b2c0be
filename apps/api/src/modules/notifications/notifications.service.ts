import type { ListNotificationsQuery, Notification } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/http/errors.js';
import * as q from './notifications.queries.js';

export type NotificationsService = ReturnType<typeof createNotificationsService>;

function toNotification(row: q.NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    abilities: { markRead: row.readAt === null },
  };
}

const notificationNotFound = () => notFound('Notifikasi', 'notifications.not_found');

export function createNotificationsService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /** The caller's own inbox, newest first, with the unread count for the header badge. */
  async function list(principal: Principal, f: ListNotificationsQuery) {
    const page = await q.listInbox(db, principal.userId, { unread: f.unread === 'true', limit: f.limit, offset: f.offset });
    return { items: page.items.map(toNotification), total: page.total, unreadCount: page.unreadCount };
  }

  /** Another user's notification does not exist for the caller (404). */
  async function read(principal: Principal, id: string) {
    const row = await q.markRead(db, principal.userId, id, clock());
    if (!row) throw notificationNotFound();
    return toNotification(row);
  }

  async function readAll(principal: Principal) {
    const marked = await q.markAllRead(db, principal.userId, clock());
    return { marked, unreadCount: 0 };
  }

  return { list, read, readAll };
}
