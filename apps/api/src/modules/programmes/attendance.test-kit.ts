// Programmes, inmates and enrolments for the attendance tests, written straight into the tables: the register and
// the enrolment services are tested on their own, and the register's figures must not move when they change.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { RecordSessionAttendanceBody, SessionAttendance } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Client } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { users } from '../users/index.js';
import { enrolments, inmates, programmes, type WeeklySlot } from './programmes.table.js';

export { problem } from '../../test/problem.js';
export { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';

export const API = '/api/v1';
export const LPP_CODE = 'lapas-perempuan-kelas-iia-tangerang';
/** Thursday 12 March 2026, 12.00 WIB. */
export const NOW = new Date('2026-03-12T05:00:00Z');
/** Tuesdays and Thursdays 08.00–10.00, and Thursdays 13.00–15.00 (after NOW on its day). */
export const TIMETABLE: WeeklySlot[] = [
  { weekday: 2, start: '08:00', end: '10:00' },
  { weekday: 4, start: '08:00', end: '10:00' },
  { weekday: 4, start: '13:00', end: '15:00' },
];

export type AttendanceSet = {
  programmeId: string;
  unitId: string;
  /** Enrolled and aktif since before the programme's first session, in registration-number order. */
  active: string[];
  suspended: string;
  ended: string;
  /** Enrolled aktif only from the day after NOW. */
  lateJoiner: string;
};

async function unitByCode(db: Db, code: string) {
  const [unit] = await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.code, code));
  assert.ok(unit, `unit ${code} is seeded`);
  return unit;
}

const pseudonym = () => `WB-${randomBytes(4).toString('hex').toUpperCase()}`;

async function insertInmate(db: Db, unit: { id: string; path: string }, registrationNumber: string): Promise<string> {
  const [row] = await db
    .insert(inmates)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      registrationNumber,
      name: `Warga Binaan ${registrationNumber}`,
      pseudonym: pseudonym(),
      sex: 'P',
      birthYear: 1990,
      category: 'narapidana',
      status: 'aktif',
      entryDate: '2025-06-01',
    })
    .returning({ id: inmates.id });
  assert.ok(row);
  return row.id;
}

type Enrolment = Pick<typeof enrolments.$inferInsert, 'status' | 'enrolledOn' | 'endedOn' | 'reason'>;

/**
 * A programme at a unit (LPP Tangerang unless told) with `activeCount` inmates enrolled and active, one suspended,
 * one ended and one who joins later. The registration numbers run from a prefix so several sets can share a unit.
 */
export async function seedAttendanceSet(
  db: Db,
  opts: {
    activeCount?: number;
    unitCode?: string;
    timetable?: WeeklySlot[];
    startDate?: string;
    endDate?: string;
    prefix?: string;
    /** The late joiner's first day (13 March 2026 unless told). */
    lateJoinOn?: string;
  } = {},
): Promise<AttendanceSet> {
  const unit = await unitByCode(db, opts.unitCode ?? LPP_CODE);
  const [creator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'pembinaan.lpp.tangerang'));
  assert.ok(creator, 'the programme officer is seeded');
  const [programme] = await db
    .insert(programmes)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      name: 'Pelatihan Sulam dan Bordir',
      track: 'kemandirian',
      category: 'manufaktur',
      partner: 'BLK Tangerang',
      place: 'Bengkel kerja Blok B',
      capacity: 40,
      startDate: opts.startDate ?? '2026-01-05',
      endDate: opts.endDate ?? '2026-06-30',
      timetable: opts.timetable ?? TIMETABLE,
      createdByUserId: creator.id,
    })
    .returning({ id: programmes.id });
  assert.ok(programme);
  const prefix = opts.prefix ?? `BI.${randomBytes(2).toString('hex').toUpperCase()}`;
  const enrol = async (n: number, enrolment: Enrolment) => {
    const inmateId = await insertInmate(db, unit, `${prefix}.${String(n).padStart(3, '0')}/2025`);
    await db.insert(enrolments).values({ programmeId: programme.id, inmateId, unitPath: unit.path, ...enrolment });
    return inmateId;
  };
  const active: string[] = [];
  const from = opts.startDate ?? '2026-01-05';
  for (let n = 1; n <= (opts.activeCount ?? 30); n += 1) active.push(await enrol(n, { status: 'aktif', enrolledOn: from }));
  const suspended = await enrol(901, { status: 'ditangguhkan', enrolledOn: from, reason: 'sakit' });
  const ended = await enrol(902, { status: 'selesai', enrolledOn: from, endedOn: '2026-02-27', reason: 'bebas' });
  const lateJoiner = await enrol(903, { status: 'aktif', enrolledOn: opts.lateJoinOn ?? '2026-03-13' });
  return { programmeId: programme.id, unitId: unit.id, active, suspended, ended, lateJoiner };
}

export const sessionsUrl = (programmeId: string) => `${API}/programmes/${programmeId}/sessions`;
export const registerUrl = (programmeId: string, date: string, start: string) =>
  `${API}/programmes/${programmeId}/sessions/${date}/${start}/attendance`;

export function putRegister(by: Client, url: string, body: RecordSessionAttendanceBody | Record<string, unknown>): Promise<LightMyRequestResponse> {
  return by.request({ method: 'PUT', url, payload: body as Record<string, unknown> });
}

export async function readRegister(by: Client, url: string): Promise<SessionAttendance> {
  const res = await by.get(url);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as SessionAttendance;
}

/** Everyone present. */
export const allPresent = (inmateIds: string[]): RecordSessionAttendanceBody => ({
  entries: inmateIds.map((inmateId) => ({ inmateId, status: 'hadir' })),
});
