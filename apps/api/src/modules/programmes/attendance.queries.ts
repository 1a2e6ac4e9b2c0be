import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { AttendanceCounts, SessionAttendanceStatus, TimeZone } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { orgUnits } from '../org-units/index.js';
import { attendance, enrolments, inmates, programmeSessions, programmes } from './programmes.table.js';

export type ProgrammeForAttendance = Pick<
  typeof programmes.$inferSelect,
  'id' | 'name' | 'unitId' | 'unitPath' | 'timetable' | 'startDate' | 'endDate' | 'archived'
> & { unitName: string; timeZone: TimeZone };

export type SessionRow = typeof programmeSessions.$inferSelect;
export type NewSession = Pick<SessionRow, 'programmeId' | 'unitPath' | 'date' | 'start' | 'end' | 'startsAt' | 'endsAt' | 'hours'>;

export type RosterMember = {
  inmateId: string;
  pseudonym: string;
  registrationNumber: string;
  status: SessionAttendanceStatus | null;
  reasonCode: string | null;
  note: string | null;
  recordedAt: Date | null;
};

export async function findProgramme(db: Db, id: string): Promise<ProgrammeForAttendance | null> {
  const [row] = await db
    .select({
      id: programmes.id,
      name: programmes.name,
      unitId: programmes.unitId,
      unitPath: programmes.unitPath,
      timetable: programmes.timetable,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      archived: programmes.archived,
      unitName: orgUnits.name,
      timeZone: orgUnits.timezone,
    })
    .from(programmes)
    .innerJoin(orgUnits, eq(orgUnits.id, programmes.unitId))
    .where(eq(programmes.id, id));
  return row ?? null;
}

const countOf = (status: SessionAttendanceStatus) =>
  sql<number>`count(${attendance.inmateId}) filter (where ${attendance.status} = ${status})`.mapWith(Number);

/** Sessions already materialised between two dates, with their counts per status. */
export async function sessionsWithCounts(db: Db, programmeId: string, from: string, to: string) {
  return db
    .select({
      id: programmeSessions.id,
      date: programmeSessions.date,
      start: programmeSessions.start,
      hadir: countOf('hadir'),
      izin: countOf('izin'),
      sakit: countOf('sakit'),
      alpa: countOf('alpa'),
      lainnya: countOf('lainnya'),
    })
    .from(programmeSessions)
    .leftJoin(attendance, eq(attendance.sessionId, programmeSessions.id))
    .where(and(eq(programmeSessions.programmeId, programmeId), gte(programmeSessions.date, from), lte(programmeSessions.date, to)))
    .groupBy(programmeSessions.id);
}

/** The session at a slot, created the first time it is opened or recorded. */
export async function materialiseSession(db: Db, values: NewSession): Promise<SessionRow> {
  await db.insert(programmeSessions).values(values).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(programmeSessions)
    .where(and(eq(programmeSessions.programmeId, values.programmeId), eq(programmeSessions.date, values.date), eq(programmeSessions.start, values.start)));
  if (!row) throw new Error(`session ${values.programmeId} ${values.date} ${values.start} missing after insert`);
  return row;
}

/** Holds the session row until the transaction ends, so two saves of one register apply one after the other. */
export async function lockSession(db: Db, id: string): Promise<void> {
  await db.select({ id: programmeSessions.id }).from(programmeSessions).where(eq(programmeSessions.id, id)).for('update');
}

/**
 * The roster of a session: inmates whose enrolment is aktif and began on or before the date (and who had not left
 * the unit by then), plus anyone already recorded for the session, so a record never drops out of sight.
 */
export async function roster(db: Db, programmeId: string, sessionId: string, date: string): Promise<RosterMember[]> {
  const recorded = db
    .select({ inmateId: attendance.inmateId })
    .from(attendance)
    .where(eq(attendance.sessionId, sessionId));
  const activeOnDate = and(
    eq(enrolments.status, 'aktif'),
    lte(enrolments.enrolledOn, date),
    or(isNull(inmates.exitDate), gte(inmates.exitDate, date)),
  );
  const rows = await db
    .select({
      inmateId: inmates.id,
      pseudonym: inmates.pseudonym,
      registrationNumber: inmates.registrationNumber,
      status: attendance.status,
      reasonCode: attendance.reasonCode,
      note: attendance.note,
      recordedAt: attendance.recordedAt,
    })
    .from(enrolments)
    .innerJoin(inmates, eq(inmates.id, enrolments.inmateId))
    .leftJoin(attendance, and(eq(attendance.sessionId, sessionId), eq(attendance.inmateId, inmates.id)))
    .where(and(eq(enrolments.programmeId, programmeId), or(activeOnDate, inArray(inmates.id, recorded))))
    .orderBy(asc(inmates.registrationNumber));
  return rows;
}

export type AttendanceWrite = {
  sessionId: string;
  inmateId: string;
  status: SessionAttendanceStatus;
  reasonCode: string | null;
  note: string | null;
  recordedByUserId: string;
  recordedAt: Date;
};

/** Inserts new rows and overwrites changed ones (the caller sends only what differs). */
export async function upsertAttendance(db: Db, rows: AttendanceWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(attendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [attendance.sessionId, attendance.inmateId],
      set: {
        status: sql`excluded.status`,
        reasonCode: sql`excluded.reason_code`,
        note: sql`excluded.note`,
        recordedByUserId: sql`excluded.recorded_by_user_id`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
}

export function emptyCounts(): AttendanceCounts {
  return { hadir: 0, izin: 0, sakit: 0, alpa: 0, lainnya: 0 };
}
