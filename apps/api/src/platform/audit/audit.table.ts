import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.js';

/** Append-only; each row's hash covers its content and the previous row of the same chain. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: idColumn(),
    chainKey: text('chain_key').notNull(),
    seq: integer('seq').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    positionId: uuid('position_id'),
    positionTitle: text('position_title'),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    unitId: uuid('unit_id'),
    unitPath: text('unit_path'),
    requestId: text('request_id'),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    unique('audit_events_chain_seq').on(t.chainKey, t.seq),
    index('audit_events_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops'), t.at),
    index('audit_events_at_idx').on(t.at),
  ],
);

/** One row per chain (per unit): its lock serialises appends to that chain only. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chainKey: text('chain_key').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});
