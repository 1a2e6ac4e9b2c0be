// Helpers shared by the programmes module's route tests.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { EnrolmentResult, Programme } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from './programmes.table.js';

export { problem } from '../../test/problem.js';
export { signedIn } from '../../test/app.js';

export const PROGRAMMES = '/api/v1/programmes';
export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const CIPINANG = 'Lapas Kelas I Cipinang';

export async function unitNamed(t: TestApp, name: string) {
  const [unit] = await t.database.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.name, name));
  assert.ok(unit, `unit "${name}" is seeded`);
  return unit;
}

/** Inserts an inmate straight into the register (active unless told otherwise) and returns its id. */
export async function addInmate(t: TestApp, unit: { id: string; path: string }, status: 'aktif' | 'bebas' | 'pindah' = 'aktif'): Promise<string> {
  const tag = randomUUID().slice(0, 8).toUpperCase();
  const [row] = await t.database.db
    .insert(inmates)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      registrationNumber: `REG-${tag}`,
      name: `Warga ${tag}`,
      pseudonym: `WB-${tag}`,
      sex: 'P',
      birthYear: 1990,
      category: 'narapidana',
      status,
      entryDate: '2025-01-02',
      exitDate: status === 'aktif' ? null : '2026-01-02',
    })
    .returning({ id: inmates.id });
  assert.ok(row);
  return row.id;
}

/** A valid programme body; tests override what they are about. */
export function programmeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Pelatihan menjahit',
    category: 'manufaktur',
    partner: 'BLK Tangerang',
    trainer: 'Ibu Sari',
    place: 'Bengkel kerja',
    capacity: 10,
    startDate: '2026-03-01',
    endDate: '2026-06-30',
    timetable: [{ weekday: 1, start: '08:00', end: '10:00' }],
    ...overrides,
  };
}

export async function createProgramme(by: Client, overrides: Record<string, unknown> = {}): Promise<Programme> {
  const res = await by.post(PROGRAMMES, programmeBody(overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Programme;
}

export async function programmeOf(by: Client, id: string): Promise<Programme> {
  const res = await by.get(`${PROGRAMMES}/${id}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Programme;
}

export async function enrol(by: Client, programmeId: string, inmateId: string): Promise<EnrolmentResult> {
  const res = await by.post(`${PROGRAMMES}/${programmeId}/enrolments`, { inmateId });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as EnrolmentResult;
}

export async function changeStatus(by: Client, programmeId: string, enrolmentId: string, body: Record<string, unknown>): Promise<EnrolmentResult> {
  const res = await by.post(`${PROGRAMMES}/${programmeId}/enrolments/${enrolmentId}/status`, body);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as EnrolmentResult;
}
