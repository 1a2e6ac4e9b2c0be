import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { assignments } from '../directives/directives.table.js';

/** A reminder (kind "offset:-3" …) is sent once per assignment: the insert that wins sends it. */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.kind] })],
);

/** One digest per position and period ("2025-09-09" daily, "2025-W37" weekly). */
export const digestsSent = pgTable(
  'digests_sent',
  {
    // No foreign key: the users module's index cannot be loaded by the migration generator.
    positionId: uuid('position_id').notNull(),
    period: text('period').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.period] })],
);
