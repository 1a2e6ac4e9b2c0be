// Helpers for the outcomes and community tests: register rows written straight into the tables.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { orgUnits } from '../org-units/index.js';
import { attendance, enrolments, inmates, programmeSessions, programmes } from './programmes.table.js';

export const API = '/api/v1';
export const LPP = 'lapas-perempuan-kelas-iia-tangerang';
export const LAPAS_TANGERANG = 'lapas-kelas-i-tangerang';
export const CIPINANG = 'lapas-kelas-i-cipinang';
/** 09.00 WIB on Tuesday 10 March 2026. */
export const NOW = new Date('2026-03-10T02:00:00Z');
const SOMEONE = randomUUID();

export type Unit = { id: string; path: string; name: string; kanwilId: string | null };

export async function unitByCode(db: Db, code: string): Promise<Unit> {
  const [unit] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(eq(orgUnits.code, code));
  assert.ok(unit, `unit ${code} is seeded`);
  return unit;
}

let serial = 0;
export async function addInmate(db: Db, unit: Unit, name: string) {
  serial += 1;
  const [row] = await db
    .insert(inmates)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      registrationNumber: `B.I-${String(serial).padStart(4, '0')}/2025`,
      name,
      pseudonym: `WB-T${randomUUID().slice(0, 6).toUpperCase()}`,
      sex: 'P',
      birthYear: 1990,
      category: 'narapidana',
      status: 'aktif',
      entryDate: '2025-06-01',
    })
    .returning();
  assert.ok(row);
  return row;
}

export async function addProgramme(
  db: Db,
  unit: Unit,
  name: string,
  track: 'kepribadian' | 'kemandirian',
  category: string,
) {
  const [row] = await db
    .insert(programmes)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      name,
      track,
      category,
      place: 'Aula',
      capacity: 30,
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      timetable: [{ weekday: 2, start: '09:00', end: '11:00' }],
      createdByUserId: SOMEONE,
    })
    .returning();
  assert.ok(row);
  return row;
}

type Status = 'aktif' | 'daftar_tunggu' | 'ditangguhkan' | 'selesai';
export async function enrol(db: Db, programmeId: string, unit: Unit, inmateId: string, status: Status, enrolledOn: string, endedOn?: string) {
  await db.insert(enrolments).values({ programmeId, inmateId, unitPath: unit.path, status, enrolledOn, endedOn: endedOn ?? null });
}

/** A session at 09:00 WIB lasting `hours`. */
export async function addSession(db: Db, programmeId: string, unit: Unit, date: string, hours: number, cancelled = false) {
  const startsAt = new Date(`${date}T02:00:00Z`);
  const endsAt = new Date(startsAt.getTime() + hours * 3_600_000);
  const minutes = 9 * 60 + hours * 60;
  const end = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const [row] = await db
    .insert(programmeSessions)
    .values({ programmeId, unitPath: unit.path, date, start: '09:00', end, startsAt, endsAt, hours, cancelled })
    .returning();
  assert.ok(row);
  return row.id;
}

export async function mark(db: Db, sessionId: string, inmateId: string, status: 'hadir' | 'izin' | 'sakit' | 'alpa' | 'lainnya') {
  await db.insert(attendance).values({ sessionId, inmateId, status, recordedByUserId: SOMEONE, recordedAt: NOW });
}

/** Audit events of one action about one subject, oldest first. */
export function auditOf(t: TestApp, action: 'inmates.names_read' | 'programmes.certificate_recorded' | 'programmes.community_recorded', subjectId?: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(subjectId ? and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)) : eq(auditEvents.action, action))
    .orderBy(asc(auditEvents.at), asc(auditEvents.seq));
}
