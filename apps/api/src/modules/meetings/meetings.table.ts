import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { TargetSelector } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';
import { positions } from '../users/users.table.js';

/** A decision in the minutes; `directiveId` once it has become a directive draft. */
export type StoredDecision = { title: string; body: string; directiveId: string | null };

export const meetings = pgTable(
  'meetings',
  {
    id: idColumn(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The zone the meeting was planned in; start and end are shown in it. */
    timezone: text('timezone', { enum: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] }).notNull(),
    mode: text('mode', { enum: ['virtual', 'in_person', 'hybrid'] }).notNull(),
    link: text('link'),
    location: text('location'),
    agenda: text('agenda'),
    chairPositionId: uuid('chair_position_id')
      .notNull()
      .references(() => positions.id),
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    organiserUnitPath: text('organiser_unit_path').notNull(),
    target: jsonb('target').$type<TargetSelector>().notNull(),
    minutesText: text('minutes_text').notNull().default(''),
    decisions: jsonb('decisions').$type<StoredDecision[]>().notNull().default([]),
    minutesUpdatedAt: timestamp('minutes_updated_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdByPositionId: uuid('created_by_position_id').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('meetings_organiser_path_idx').using('btree', t.organiserUnitPath.op('text_pattern_ops')),
    index('meetings_starts_at_idx').on(t.startsAt),
  ],
);

/** One row per invited unit; attendance is recorded on it (by the unit, or by the organiser). */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: idColumn(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    /** The unit's Kanwil (a Kanwil invited itself counts under its own id); null above Kanwil level. */
    kanwilId: uuid('kanwil_id').references(() => orgUnits.id),
    staffCount: integer('staff_count'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    recordedByUserId: uuid('recorded_by_user_id'),
    recordedByName: text('recorded_by_name'),
    recordedByPosition: text('recorded_by_position'),
    byOrganiser: boolean('by_organiser').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    unique('meeting_invitations_meeting_unit').on(t.meetingId, t.unitId),
    index('meeting_invitations_unit_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
    index('meeting_invitations_meeting_kanwil_idx').on(t.meetingId, t.kanwilId),
  ],
);
