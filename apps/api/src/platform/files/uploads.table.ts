import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';

/**
 * A resumable upload in progress: its bytes so far sit in a part file under the files root; the
 * row says how many of them count. Once complete it points at the stored file.
 */
export const uploadSessions = pgTable(
  'upload_sessions',
  {
    id: idColumn(),
    ownerUserId: uuid('owner_user_id').notNull(),
    name: text('name').notNull(),
    size: integer('size').notNull(),
    received: integer('received').notNull().default(0),
    completedFileId: uuid('completed_file_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('upload_sessions_created_at_idx').on(t.createdAt)],
);
