import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { AssignmentStatus, Due, Metric, Recurrence, TargetSelector } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';

export const directives = pgTable(
  'directives',
  {
    id: idColumn(),
    status: text('status', { enum: ['draft', 'issued'] }).notNull().default('draft'),
    reference: text('reference'),
    source: text('source', { enum: ['meeting', 'letter', 'instruction'] }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    category: text('category'),
    tags: jsonb('tags').$type<string[]>().notNull(),
    priority: text('priority', { enum: ['normal', 'high', 'urgent'] }).notNull(),
    target: jsonb('target').$type<TargetSelector>().notNull(),
    metrics: jsonb('metrics').$type<Metric[]>().notNull(),
    evidence: jsonb('evidence').$type<{ minPhotos: number; minDocuments: number; geotagRequired: boolean }>().notNull(),
    due: jsonb('due').$type<Due>().notNull(),
    verifiedBy: text('verified_by', { enum: ['kanwil', 'hq'] }).notNull(),
    recurrence: jsonb('recurrence').$type<Recurrence>().notNull().default({ kind: 'none' }),
    windowCount: integer('window_count').notNull().default(1),
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    issuerUnitPath: text('issuer_unit_path').notNull(),
    issuerUserId: uuid('issuer_user_id').notNull(),
    issuerPositionId: uuid('issuer_position_id').notNull(),
    issuerPositionTitle: text('issuer_position_title').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index('directives_issuer_path_idx').using('btree', t.issuerUnitPath.op('text_pattern_ops'))],
);

/**
 * One per target unit ("follow_up") and one per Kanwil in between ("verify", for verification and roll-up),
 * per reporting window. A window opens when the previous one is due; the first opens at issue.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: idColumn(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    role: text('role', { enum: ['follow_up', 'verify'] }).notNull(),
    status: text('status').$type<AssignmentStatus>().notNull().default('belum_dimulai'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    windowNo: integer('window_no').notNull().default(1),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
    /** The values of the latest report, kept here so roll-ups read one row per unit. */
    latestValues: jsonb('latest_values').$type<Record<string, number | boolean | string>>(),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('assignments_directive_unit_window').on(t.directiveId, t.unitId, t.windowNo),
    index('assignments_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('assignments_directive_status_idx').on(t.directiveId, t.status),
    // The overview's "most late" list reads follow-ups not yet reported in due order (same states as overdueAt).
    index('assignments_overdue_idx')
      .on(t.dueAt)
      .where(sql`${t.role} = 'follow_up' and ${t.status} in ('belum_dimulai', 'dalam_proses', 'dikembalikan')`),
  ],
);

export const reports = pgTable(
  'reports',
  {
    id: idColumn(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    version: integer('version').notNull(),
    values: jsonb('values').$type<Record<string, number | boolean | string>>().notNull(),
    narrative: text('narrative').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedByUserId: uuid('submitted_by_user_id').notNull(),
    submittedByName: text('submitted_by_name').notNull(),
    submittedByPositionId: uuid('submitted_by_position_id').notNull(),
    submittedByPosition: text('submitted_by_position').notNull(),
    onBehalf: boolean('on_behalf').notNull().default(false),
    decision: text('decision', { enum: ['verified', 'returned'] }),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedByPosition: text('decided_by_position'),
    /** The submitter's Idempotency-Key, written in the report's own transaction: a retry after a crash finds it. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    unique('reports_assignment_version').on(t.assignmentId, t.version),
    unique('reports_idempotency_key').on(t.assignmentId, t.submittedByUserId, t.idempotencyKey),
  ],
);
