import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';

/** One weekly slot of a programme's timetable, in the unit's local time. */
export type WeeklySlot = { weekday: number; start: string; end: string };

/**
 * The minimal inmate register of a unit (UU 27/2022: sensitive personal data). Names are shown only to roles
 * that need them and every read of a named record is audited; anything leaving the unit uses the pseudonym.
 */
export const inmates = pgTable(
  'inmates',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    registrationNumber: text('registration_number').notNull(),
    name: text('name').notNull(),
    /** Stable and meaningless ("WB-7K3Q9P"): what reports and exports show instead of the name. */
    pseudonym: text('pseudonym').notNull().unique(),
    sex: text('sex', { enum: ['L', 'P'] }).notNull(),
    birthYear: integer('birth_year').notNull(),
    category: text('category', { enum: ['narapidana', 'tahanan', 'anak'] }).notNull(),
    status: text('status', { enum: ['aktif', 'bebas', 'pindah'] }).notNull(),
    entryDate: date('entry_date').notNull(),
    /** Released or transferred on this day; null while active. */
    exitDate: date('exit_date'),
    ...timestamps(),
  },
  (t) => [
    unique('inmates_unit_registration').on(t.unitId, t.registrationNumber),
    index('inmates_path_idx').using('btree', t.unitPath.op('text_pattern_ops')),
  ],
);

/** A rehabilitation programme of one unit: kepribadian or kemandirian, with its weekly timetable. */
export const programmes = pgTable(
  'programmes',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    track: text('track', { enum: ['kepribadian', 'kemandirian'] }).notNull(),
    category: text('category').notNull(),
    partner: text('partner'),
    trainer: text('trainer'),
    place: text('place').notNull(),
    capacity: integer('capacity').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    timetable: jsonb('timetable').$type<WeeklySlot[]>().notNull(),
    description: text('description'),
    archived: boolean('archived').notNull().default(false),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('programmes_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/** An inmate in a programme: aktif, daftar_tunggu (waitlist), ditangguhkan (suspended) or selesai (ended). */
export const enrolments = pgTable(
  'enrolments',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    inmateId: uuid('inmate_id')
      .notNull()
      .references(() => inmates.id),
    unitPath: text('unit_path').notNull(),
    status: text('status', { enum: ['aktif', 'daftar_tunggu', 'ditangguhkan', 'selesai'] }).notNull(),
    /** Why it was suspended or ended (coded, e.g. "dipindah", "sakit", "lulus", "sanksi_disiplin"). */
    reason: text('reason'),
    note: text('note'),
    enrolledOn: date('enrolled_on').notNull(),
    endedOn: date('ended_on'),
    ...timestamps(),
  },
  (t) => [
    unique('enrolments_programme_inmate').on(t.programmeId, t.inmateId),
    index('enrolments_inmate_idx').on(t.inmateId),
  ],
);

/** One meeting of a programme on a local date and time; hours come from its length. */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: idColumn(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    unitPath: text('unit_path').notNull(),
    date: date('date').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    hours: doublePrecision('hours').notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    unique('programme_sessions_slot').on(t.programmeId, t.date, t.start),
    index('programme_sessions_path_date_idx').using('btree', t.unitPath.op('text_pattern_ops'), t.date),
  ],
);

/** The attendance register: one row per session and inmate; only `hadir` counts hours. */
export const attendance = pgTable(
  'attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id),
    inmateId: uuid('inmate_id')
      .notNull()
      .references(() => inmates.id),
    status: text('status', { enum: ['hadir', 'izin', 'sakit', 'alpa', 'lainnya'] }).notNull(),
    reasonCode: text('reason_code'),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.inmateId] }),
    index('attendance_inmate_idx').on(t.inmateId),
    // The participation figures read a month's sessions' attendance from this index alone (no heap visits).
    index('attendance_session_status_idx').on(t.sessionId, t.status, t.inmateId),
  ],
);

/** Certificates and skills: evidence for remission and parole assessments. */
export const certificates = pgTable(
  'certificates',
  {
    id: idColumn(),
    inmateId: uuid('inmate_id')
      .notNull()
      .references(() => inmates.id),
    unitPath: text('unit_path').notNull(),
    programmeId: uuid('programme_id').references(() => programmes.id),
    title: text('title').notNull(),
    skill: text('skill'),
    issuer: text('issuer').notNull(),
    certified: boolean('certified').notNull(),
    issuedOn: date('issued_on').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('certificates_inmate_idx').on(t.inmateId)],
);

/** What reaches the community: social work, services, products delivered, people reached, hours. */
export const communityActivities = pgTable(
  'community_activities',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    programmeId: uuid('programme_id').references(() => programmes.id),
    date: date('date').notNull(),
    kind: text('kind', { enum: ['kerja_sosial', 'layanan', 'produk', 'pelatihan', 'lainnya'] }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    partner: text('partner'),
    peopleReached: integer('people_reached').notNull(),
    inmatesInvolved: integer('inmates_involved').notNull(),
    hours: doublePrecision('hours').notNull(),
    productsDelivered: integer('products_delivered'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('community_activities_path_date_idx').using('btree', t.unitPath.op('text_pattern_ops'), t.date)],
);
