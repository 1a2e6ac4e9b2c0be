import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';

/** The in-app inbox: one row per recipient user and message; the dedupe key makes a message arrive once. */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    recipientUserId: uuid('recipient_user_id').notNull(),
    positionId: uuid('position_id'),
    unitId: uuid('unit_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('notifications_recipient_dedupe').on(t.recipientUserId, t.dedupeKey),
    index('notifications_recipient_created_idx').on(t.recipientUserId, t.createdAt),
  ],
);

/** One row per notification and outside channel, written with it and delivered by a job with retries. */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: idColumn(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id),
    channel: text('channel', { enum: ['email', 'webhook'] }).notNull(),
    address: text('address'),
    status: text('status', { enum: ['pending', 'queued', 'sent'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notification_outbox_status_idx').on(t.status, t.createdAt)],
);
