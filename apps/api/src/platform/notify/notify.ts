import type { Db } from '../db/index.js';
import { notificationOutbox, notifications } from './notify.table.js';

/** Who receives a message: a user, in the position (and unit) the message concerns. */
export type Recipient = { userId: string; positionId: string | null; unitId: string | null; email: string | null };

export type Message = {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** Unique per recipient: sending the same key again adds nothing. */
  dedupeKey: string;
};

export type NotifyInput = Message & { recipients: Recipient[] };

/** Which outside channels are configured; the inbox is always on. */
export type Channels = { email: boolean; webhook: boolean };

export type Notify = (tx: Db, input: NotifyInput) => Promise<{ inserted: string[] }>;

/**
 * Writes inbox rows (and an outbox row per configured channel) inside the caller's transaction,
 * so a message exists exactly when the change it reports was committed.
 */
export function createNotify(channels: Channels): Notify {
  return async (tx, input) => {
    const byUser = new Map(input.recipients.map((r) => [r.userId, r]));
    if (byUser.size === 0) return { inserted: [] };
    const rows = await tx
      .insert(notifications)
      .values(
        [...byUser.values()].map((r) => ({
          recipientUserId: r.userId,
          positionId: r.positionId,
          unitId: r.unitId,
          kind: input.kind,
          title: input.title,
          body: input.body,
          link: input.link,
          dedupeKey: input.dedupeKey,
        })),
      )
      .onConflictDoNothing({ target: [notifications.recipientUserId, notifications.dedupeKey] })
      .returning({ id: notifications.id, userId: notifications.recipientUserId });
    const outbox = rows.flatMap((row) => {
      const email = byUser.get(row.userId)?.email ?? null;
      return [
        ...(channels.email && email ? [{ notificationId: row.id, channel: 'email' as const, address: email }] : []),
        ...(channels.webhook ? [{ notificationId: row.id, channel: 'webhook' as const, address: null }] : []),
      ];
    });
    if (outbox.length) await tx.insert(notificationOutbox).values(outbox);
    return { inserted: rows.map((r) => r.id) };
  };
}

