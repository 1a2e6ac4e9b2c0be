import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { notifications } from '../../platform/notify/notify.table.js';

export type NotificationRow = typeof notifications.$inferSelect;

/** The inbox of one user (the scope of an inbox is its owner). */
export async function listInbox(db: Db, userId: string, f: { unread?: boolean; limit: number; offset: number }) {
  const where = and(eq(notifications.recipientUserId, userId), f.unread ? isNull(notifications.readAt) : undefined);
  const [items, [total], [unread]] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(notifications).where(where),
    db.select({ n: count() }).from(notifications).where(and(eq(notifications.recipientUserId, userId), isNull(notifications.readAt))),
  ]);
  return { items, total: total?.n ?? 0, unreadCount: unread?.n ?? 0 };
}

/** Marks one of the user's notifications read (keeping the first read time); null when it is not theirs. */
export async function markRead(db: Db, userId: string, id: string, at: Date): Promise<NotificationRow | null> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientUserId, userId)))
    .returning();
  return row ?? null;
}

export async function markAllRead(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.recipientUserId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
