// What the cooperative module's route tests share: units, accounts and a registration body.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { users } from '../users/index.js';

export { problem } from '../../test/problem.js';
export { signedIn } from '../../test/app.js';

export const API = '/api/v1';
export const LPP_CODE = 'lapas-perempuan-kelas-iia-tangerang';
export const CIPINANG_CODE = 'lapas-kelas-i-cipinang';

export type UnitRef = { id: string; path: string; name: string; kanwilId: string | null };

export async function unitByCode(t: TestApp, code: string): Promise<UnitRef> {
  const [unit] = await t.database.db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(eq(orgUnits.code, code));
  assert.ok(unit, `unit ${code} is seeded`);
  return unit;
}

/** The first seeded UPT in Indonesia's easternmost zone (WIT). */
export async function papuaUpt(t: TestApp): Promise<UnitRef> {
  const [unit] = await t.database.db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(and(eq(orgUnits.kind, 'upt'), eq(orgUnits.timezone, 'Asia/Jayapura')))
    .orderBy(orgUnits.code)
    .limit(1);
  assert.ok(unit, 'a WIT UPT is seeded');
  return unit;
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  assert.ok(row);
  return row.id;
}

/** A 15-digit SIMPONI billing code, unique per call. */
export function billingCode(): string {
  return `8${randomUUID().replace(/\D/g, '').padEnd(14, '0').slice(0, 14)}`;
}

export const registration = {
  name: 'Primkopasindo Lapas Perempuan Tangerang',
  status: 'akta_terbit',
  deedNumber: 'AHU-12/2025',
  deedDate: '2025-06-02',
};
