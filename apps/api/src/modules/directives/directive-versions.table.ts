import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../platform/db/columns.js';
import { directives } from './directives.table.js';

/** Amendments of issued directives: what changed (before/after per field), why, by whom and when. */
export const directiveVersions = pgTable(
  'directive_versions',
  {
    id: idColumn(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id),
    versionNo: integer('version_no').notNull(),
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    reason: text('reason').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byName: text('by_name').notNull(),
    byPositionId: uuid('by_position_id').notNull(),
    byPosition: text('by_position').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('directive_versions_directive_version').on(t.directiveId, t.versionNo)],
);
