import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { AlertLevel, CounterDef, SopStep } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';

/** Incident categories: the Kamtib catalogue, seeded with defaults and edited by admins. */
export const incidentCategories = pgTable('incident_categories', {
  id: idColumn(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  serious: boolean('serious').notNull(),
  counters: jsonb('counters').$type<CounterDef[]>().notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(100),
  ...timestamps(),
});

export const incidentSeverities = pgTable('incident_severities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  rank: integer('rank').notNull(),
  active: boolean('active').notNull().default(true),
  ...timestamps(),
});

/** Versions of a category's SOP checklist; never edited, a change is a new version with its activation time. */
export const incidentSopVersions = pgTable(
  'incident_sop_versions',
  {
    id: idColumn(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => incidentCategories.id),
    version: integer('version').notNull(),
    activeFrom: timestamp('active_from', { withTimezone: true }).notNull(),
    steps: jsonb('steps').$type<SopStep[]>().notNull(),
    note: text('note'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('incident_sop_versions_category_version').on(t.categoryId, t.version), index('incident_sop_versions_active_idx').on(t.categoryId, t.activeFrom)],
);

/** Who is alerted, when, and how long they have to acknowledge; `category_id` null applies to every category. */
export const incidentEscalationRules = pgTable('incident_escalation_rules', {
  id: idColumn(),
  categoryId: uuid('category_id').references(() => incidentCategories.id),
  minSeverityRank: integer('min_severity_rank').notNull(),
  level: text('level').$type<AlertLevel>().notNull(),
  notifyAfterMinutes: integer('notify_after_minutes').notNull(),
  ackWithinMinutes: integer('ack_within_minutes').notNull(),
  ...timestamps(),
});
