import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { attendance, certificates, enrolments, inmates, programmeSessions, programmes } from './programmes.table.js';

/** One inmate in the subtree with the unit's name and zone; null outside the subtree. */
export async function findInmate(db: Db, scopePath: string, id: string) {
  const [row] = await db
    .select({ inmate: inmates, unitName: orgUnits.name, unitTimezone: orgUnits.timezone })
    .from(inmates)
    .innerJoin(orgUnits, eq(orgUnits.id, inmates.unitId))
    .where(and(eq(inmates.id, id), withinPath(inmates.unitPath, scopePath)));
  return row ?? null;
}
export type InmateRow = NonNullable<Awaited<ReturnType<typeof findInmate>>>;

/** A programme of the given unit; null when it belongs to another unit or does not exist. */
export async function findUnitProgramme(db: Db, unitId: string, programmeId: string) {
  const [row] = await db
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.unitId, unitId)));
  return row ?? null;
}

export function listCertificates(db: Db, inmateId: string) {
  return db
    .select({ certificate: certificates, programmeName: programmes.name })
    .from(certificates)
    .leftJoin(programmes, eq(programmes.id, certificates.programmeId))
    .where(eq(certificates.inmateId, inmateId))
    .orderBy(desc(certificates.issuedOn), desc(certificates.id));
}
export type CertificateRow = Awaited<ReturnType<typeof listCertificates>>[number];

const attended = sql`${attendance.status} = 'hadir'`;

/**
 * The inmate's programmes (waitlist excluded: not taken yet) with what the register says: hours of the
 * sessions marked `hadir` (cancelled sessions never count), sessions attended and sessions missed.
 */
export function programmeRecord(db: Db, inmateId: string) {
  const stats = db
    .select({
      programmeId: programmeSessions.programmeId,
      hours: sql<number>`coalesce(sum(${programmeSessions.hours}) filter (where ${attended}), 0)::float8`.as('hours'),
      attended: sql<number>`(count(*) filter (where ${attended}))::int`.as('attended'),
      absent: sql<number>`(count(*) filter (where not ${attended}))::int`.as('absent'),
    })
    .from(attendance)
    .innerJoin(programmeSessions, eq(programmeSessions.id, attendance.sessionId))
    .where(and(eq(attendance.inmateId, inmateId), eq(programmeSessions.cancelled, false)))
    .groupBy(programmeSessions.programmeId)
    .as('stats');
  return db
    .select({
      programmeId: programmes.id,
      name: programmes.name,
      track: programmes.track,
      category: programmes.category,
      status: enrolments.status,
      from: enrolments.enrolledOn,
      to: enrolments.endedOn,
      hours: sql<number>`coalesce(${stats.hours}, 0)::float8`,
      sessionsAttended: sql<number>`coalesce(${stats.attended}, 0)::int`,
      sessionsAbsent: sql<number>`coalesce(${stats.absent}, 0)::int`,
    })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .leftJoin(stats, eq(stats.programmeId, enrolments.programmeId))
    .where(and(eq(enrolments.inmateId, inmateId), sql`${enrolments.status} <> 'daftar_tunggu'`))
    .orderBy(asc(enrolments.enrolledOn), asc(programmes.name));
}
export type ProgrammeRecordRow = Awaited<ReturnType<typeof programmeRecord>>[number];
