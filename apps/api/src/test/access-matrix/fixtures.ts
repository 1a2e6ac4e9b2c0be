// The places and callers of the access matrix, on the seeded unit hierarchy.
import assert from 'node:assert/strict';
import { and, asc, eq, ne } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { ROLES, type Role } from '@selaras/contracts';
import type { Client, TestApp } from '../app.js';
import { orgUnits } from '../../modules/org-units/index.js';
import { DEMO_PASSWORD, insertPosition, insertUser } from '../../modules/users/index.js';
import type { Relation } from './rules.js';

const OWN_UNIT_CODE = 'lapas-perempuan-kelas-iia-tangerang';
/** A UPT of another Kanwil (DKI Jakarta), so outside the caller's Kanwil. */
const OUTSIDE_UNIT_CODE = 'lapas-kelas-i-cipinang';

export type Place = { id: string; path: string; name: string; code: string; parentId: string | null };
export type Places = Record<Relation, Place>;

const unitColumns = { id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, code: orgUnits.code, parentId: orgUnits.parentId };

/** The caller's UPT (LPP Tangerang), its Kanwil (Banten), another Banten UPT and a UPT under another Kanwil. */
export async function placesAroundCaller(t: TestApp): Promise<Places> {
  const db = t.database.db;
  const [own] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.code, OWN_UNIT_CODE));
  assert.ok(own?.parentId, 'the caller unit is seeded under its Kanwil');
  const [parent] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, own.parentId));
  const [sibling] = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, own.parentId), ne(orgUnits.id, own.id), eq(orgUnits.kind, 'upt')))
    .orderBy(asc(orgUnits.code))
    .limit(1);
  const [outside] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.code, OUTSIDE_UNIT_CODE));
  assert.ok(parent && sibling && outside, 'the four units around the caller are seeded');
  assert.ok(!outside.path.startsWith(parent.path), 'the outside unit lies under another Kanwil');
  return { own, parent, sibling, outside };
}

/** An account with one position in the unit (signed in by the caller when needed). */
export async function addAccount(t: TestApp, username: string, role: Role, unitId: string): Promise<{ userId: string; positionId: string }> {
  const db = t.database.db;
  const user = await insertUser(db, { username, name: `Penguji ${username}`, passwordHash: await hash(DEMO_PASSWORD) });
  const position = await insertPosition(db, { userId: user.id, title: `Jabatan ${username}`, role, unitId });
  return { userId: user.id, positionId: position.id };
}

/** One signed-in account per role, each holding its only position in the caller's unit. */
export async function callersInOwnUnit(t: TestApp, own: Place): Promise<Record<Role, Client>> {
  const callers = {} as Record<Role, Client>;
  for (const role of ROLES) {
    const username = `matriks.${role.replace(/_/g, '-')}`;
    await addAccount(t, username, role, own.id);
    callers[role] = await t.as(username);
  }
  return callers;
}
