import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { ExemptionReason, ExtensionReason } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { assignments } from './directives.table.js';

/** A unit's request for more time (extension) or to be left out (exemption); its parent decides. */
export const assignmentRequests = pgTable(
  'assignment_requests',
  {
    id: idColumn(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    /** The assignment's unit path, copied so the decider's queue filters by scope on one table. */
    unitPath: text('unit_path').notNull(),
    type: text('type', { enum: ['extension', 'exemption'] }).notNull(),
    reasonCode: text('reason_code').$type<ExtensionReason | ExemptionReason>().notNull(),
    note: text('note'),
    requestedDueAt: timestamp('requested_due_at', { withTimezone: true }),
    dueAtWhenRequested: timestamp('due_at_when_requested', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedByPosition: text('requested_by_position').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedByPosition: text('decided_by_position'),
    decisionNote: text('decision_note'),
    ...timestamps(),
  },
  (t) => [
    // One open request per assignment, held by the database as well as by the service.
    uniqueIndex('assignment_requests_one_pending')
      .on(t.assignmentId)
      .where(sql`status = 'pending'`),
    index('assignment_requests_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
  ],
);

/** The report a unit is writing, saved on the server so nothing typed is lost; one per assignment. */
export const reportDrafts = pgTable('report_drafts', {
  assignmentId: uuid('assignment_id')
    .primaryKey()
    .references(() => assignments.id),
  values: jsonb('values').$type<Record<string, number | boolean | string>>().notNull(),
  narrative: text('narrative').notNull(),
  savedByUserId: uuid('saved_by_user_id').notNull(),
  savedByName: text('saved_by_name').notNull(),
  savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  ...timestamps(),
});
