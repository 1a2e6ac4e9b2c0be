import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { AlertLevel, AphAgency, IncidentStatus, InvolvedCounts, ReviewBody } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';
import { incidentCategories, incidentSopVersions } from './incident-catalogue.table.js';

type Review = ReviewBody & { submittedAt: string; submittedByUserId: string; submittedByName: string };

/** A security or order incident at one unit, from its first report to its closing review. */
export const incidents = pgTable(
  'incidents',
  {
    id: idColumn(),
    /** Generated on the reporting device: a retried first report finds the incident it already created. */
    clientId: uuid('client_id').notNull().unique(),
    /** "KAMTIB-2026-000123", per year. */
    number: text('number').notNull().unique(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => incidentCategories.id),
    severity: text('severity').notNull(),
    severityRank: integer('severity_rank').notNull(),
    serious: boolean('serious').notNull(),
    /** The SOP version active when the incident occurred; later versions do not change it. */
    sopVersionId: uuid('sop_version_id').references(() => incidentSopVersions.id),
    status: text('status').$type<IncidentStatus>().notNull().default('dilaporkan'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    location: text('location').notNull(),
    description: text('description').notNull(),
    counters: jsonb('counters').$type<Record<string, number>>().notNull(),
    involved: jsonb('involved').$type<InvolvedCounts>().notNull(),
    reportedByUserId: uuid('reported_by_user_id').notNull(),
    reportedByName: text('reported_by_name').notNull(),
    review: jsonb('review').$type<Review>(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByName: text('closed_by_name'),
    followUpDirectiveIds: jsonb('follow_up_directive_ids').$type<string[]>().notNull().default([]),
    lastUpdateAt: timestamp('last_update_at', { withTimezone: true }).notNull(),
    ...timestamps(),
  },
  (t) => [
    index('incidents_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('incidents_status_idx').on(t.status, t.occurredAt),
    index('incidents_occurred_idx').on(t.occurredAt),
  ],
);

/** The append-only timeline: every report, update, status change, alert, acknowledgement and review. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: idColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id'),
    byName: text('by_name'),
    summary: text('summary').notNull(),
    note: text('note'),
    counters: jsonb('counters').$type<Record<string, number>>(),
  },
  (t) => [index('incident_events_incident_idx').on(t.incidentId, t.at)],
);

export const incidentSopSteps = pgTable(
  'incident_sop_steps',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    stepKey: text('step_key').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
    doneByUserId: uuid('done_by_user_id').notNull(),
    doneByName: text('done_by_name').notNull(),
    note: text('note'),
  },
  (t) => [unique('incident_sop_steps_step').on(t.incidentId, t.stepKey)],
);

/** Coordination with law enforcement and other agencies (APH): who was asked, when they came, how many. */
export const incidentAgencies = pgTable(
  'incident_agencies',
  {
    id: idColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    agency: text('agency').$type<AphAgency>().notNull(),
    name: text('name').notNull(),
    contact: text('contact'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    personnel: integer('personnel'),
    notes: text('notes'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('incident_agencies_incident_idx').on(t.incidentId)],
);

/** Named persons: read only with `incidents:persons`, and every read is audited. */
export const incidentPersons = pgTable(
  'incident_persons',
  {
    id: idColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    role: text('role').notNull(),
    name: text('name').notNull(),
    registrationNumber: text('registration_number'),
    status: text('status'),
    note: text('note'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('incident_persons_incident_idx').on(t.incidentId)],
);

/**
 * One alert to one level (the unit, its Kanwil, HQ): planned at report time from the escalation rules,
 * sent when `due_at` is reached, acknowledged by any recipient; unacknowledged past `ack_due_at` it is
 * repeated and the next level up is alerted, once (`escalated_at`).
 */
export const incidentAlerts = pgTable(
  'incident_alerts',
  {
    id: idColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    level: text('level').$type<AlertLevel>().notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    reason: text('reason', { enum: ['policy', 'escalation'] }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    ackWithinMinutes: integer('ack_within_minutes').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    ackDueAt: timestamp('ack_due_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedByUserId: uuid('acknowledged_by_user_id'),
    acknowledgedByName: text('acknowledged_by_name'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('incident_alerts_level').on(t.incidentId, t.level),
    index('incident_alerts_due_idx').on(t.dueAt),
    index('incident_alerts_ack_due_idx').on(t.ackDueAt),
  ],
);
