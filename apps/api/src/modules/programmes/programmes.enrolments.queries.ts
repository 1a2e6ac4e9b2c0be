import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { enrolments, inmates, programmes } from './programmes.table.js';
import type { Schedule } from './programmes.timetable.js';

export type EnrolmentRow = typeof enrolments.$inferSelect;
export type EnrolmentInsert = typeof enrolments.$inferInsert;
export type EnrolmentView = EnrolmentRow & { pseudonym: string };
export type InmateRef = { id: string; unitId: string; status: string; pseudonym: string };
/** An active participation elsewhere: whose it is, in which programme, on what schedule. */
export type Participation = Schedule & { inmateId: string; programmeId: string; name: string };

const STATUS_ORDER = sql`case ${enrolments.status} when 'aktif' then 0 when 'daftar_tunggu' then 1 when 'ditangguhkan' then 2 else 3 end`;

/** Participants of a programme with their pseudonyms: active first, the waitlist in its order, then the others. */
export function listEnrolments(db: Db, programmeId: string): Promise<EnrolmentView[]> {
  return db
    .select({ ...getColumns(), pseudonym: inmates.pseudonym })
    .from(enrolments)
    .innerJoin(inmates, eq(inmates.id, enrolments.inmateId))
    .where(eq(enrolments.programmeId, programmeId))
    .orderBy(STATUS_ORDER, asc(enrolments.updatedAt), asc(enrolments.id));
}

function getColumns() {
  return {
    id: enrolments.id,
    programmeId: enrolments.programmeId,
    inmateId: enrolments.inmateId,
    unitPath: enrolments.unitPath,
    status: enrolments.status,
    reason: enrolments.reason,
    note: enrolments.note,
    enrolledOn: enrolments.enrolledOn,
    endedOn: enrolments.endedOn,
    createdAt: enrolments.createdAt,
    updatedAt: enrolments.updatedAt,
  };
}

export async function findEnrolmentView(db: Db, programmeId: string, id: string): Promise<EnrolmentView | null> {
  const [row] = await db
    .select({ ...getColumns(), pseudonym: inmates.pseudonym })
    .from(enrolments)
    .innerJoin(inmates, eq(inmates.id, enrolments.inmateId))
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.id, id)));
  return row ?? null;
}

export async function findEnrolmentOf(tx: Db, programmeId: string, inmateId: string): Promise<EnrolmentRow | null> {
  const [row] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.inmateId, inmateId)));
  return row ?? null;
}

/** The inmate row locked, so two enrolments of one person in two programmes are decided one after the other. */
export async function lockInmate(tx: Db, inmateId: string): Promise<InmateRef | null> {
  const [row] = await tx
    .select({ id: inmates.id, unitId: inmates.unitId, status: inmates.status, pseudonym: inmates.pseudonym })
    .from(inmates)
    .where(eq(inmates.id, inmateId))
    .for('update');
  return row ?? null;
}

export async function findInmate(tx: Db, inmateId: string): Promise<InmateRef | null> {
  const [row] = await tx
    .select({ id: inmates.id, unitId: inmates.unitId, status: inmates.status, pseudonym: inmates.pseudonym })
    .from(inmates)
    .where(eq(inmates.id, inmateId));
  return row ?? null;
}

/** Active participations of these inmates in programmes other than `exceptProgrammeId` (not archived). */
export async function activeParticipations(tx: Db, inmateIds: string[], exceptProgrammeId: string): Promise<Participation[]> {
  if (inmateIds.length === 0) return [];
  return tx
    .select({
      inmateId: enrolments.inmateId,
      programmeId: programmes.id,
      name: programmes.name,
      timetable: programmes.timetable,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
    })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .where(
      and(
        inArray(enrolments.inmateId, inmateIds),
        eq(enrolments.status, 'aktif'),
        ne(enrolments.programmeId, exceptProgrammeId),
        eq(programmes.archived, false),
      ),
    );
}

/** Inmates currently active in a programme. */
export async function activeInmateIds(tx: Db, programmeId: string): Promise<string[]> {
  const rows = await tx
    .select({ inmateId: enrolments.inmateId })
    .from(enrolments)
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.status, 'aktif')));
  return rows.map((r) => r.inmateId);
}

/** The waitlist, oldest first, with each inmate's register status. */
export function waitlist(tx: Db, programmeId: string) {
  return tx
    .select({ enrolment: enrolments, inmateStatus: inmates.status, pseudonym: inmates.pseudonym })
    .from(enrolments)
    .innerJoin(inmates, eq(inmates.id, enrolments.inmateId))
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.status, 'daftar_tunggu')))
    .orderBy(asc(enrolments.updatedAt), asc(enrolments.id));
}

export async function insertEnrolment(tx: Db, values: EnrolmentInsert): Promise<EnrolmentRow> {
  const [row] = await tx.insert(enrolments).values(values).returning();
  if (!row) throw new Error('enrolment insert returned nothing');
  return row;
}

export async function updateEnrolment(tx: Db, id: string, values: Partial<EnrolmentInsert>): Promise<void> {
  await tx.update(enrolments).set(values).where(eq(enrolments.id, id));
}

export async function lockEnrolment(tx: Db, programmeId: string, id: string): Promise<EnrolmentRow | null> {
  const [row] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.id, id)))
    .for('update');
  return row ?? null;
}
