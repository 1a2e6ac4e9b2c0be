// The places, callers and targets of the access matrix, built on the seeded unit hierarchy.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, ne } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { ROLES, type Role } from '@selaras/contracts';
import type { Client, TestApp } from '../app.js';
import { orgUnits } from '../../modules/org-units/index.js';
import { DEMO_PASSWORD, insertPosition, insertUser } from '../../modules/users/index.js';
import { insertInmate, insertProduct } from '../../modules/cooperative/sales.test-kit.js';
import { programmeBody } from '../../modules/programmes/programmes.test-kit.js';
import { reportBody } from '../../modules/incidents/incidents.test-kit.js';
import { incidentCategories } from '../../modules/incidents/incident-catalogue.table.js';
import { RELATIONS, type Relation, type TargetKind } from './rules.js';

const API = '/api/v1';
const OWN_UNIT_CODE = 'lapas-perempuan-kelas-iia-tangerang';
/** A UPT of another Kanwil (DKI Jakarta), so outside the caller's Kanwil. */
const OUTSIDE_UNIT_CODE = 'lapas-kelas-i-cipinang';

export type Place = { id: string; path: string; name: string };
export type Places = Record<Relation, Place>;
/** The id of a target of each kind in each relation; missing where that kind cannot live in that unit. */
export type Targets = Record<TargetKind, Partial<Record<Relation, string>>>;

const unitColumns = { id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, parentId: orgUnits.parentId };

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

async function addAccount(t: TestApp, username: string, role: Role, unitId: string): Promise<string> {
  const db = t.database.db;
  const user = await insertUser(db, { username, name: `Penguji ${username}`, passwordHash: await hash(DEMO_PASSWORD) });
  await insertPosition(db, { userId: user.id, title: `Jabatan ${username}`, role, unitId });
  return user.id;
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

type Created = { id: string; sop?: { steps: { key: string }[] } };

function created(res: Awaited<ReturnType<Client['post']>>): Created | undefined {
  return res.statusCode === 201 ? (res.json() as Created) : undefined;
}

/** The targets, and values for path parameters that name part of a target (an SOP step of the incidents). */
export type World = { places: Places; targets: Targets; params: Record<string, string> };

/**
 * A target of every kind in every unit around the caller, made by the HQ administrator or inserted where
 * the module has no form for it. A kind that cannot live in a unit (a programme in a Kanwil) stays missing.
 */
export async function buildWorld(t: TestApp, places: Places): Promise<World> {
  const db = t.database.db;
  const admin = await t.as('admin');
  const [category] = await db.select({ id: incidentCategories.id }).from(incidentCategories).orderBy(asc(incidentCategories.code)).limit(1);
  assert.ok(category, 'an incident category is seeded');
  const targets: Targets = { unit: {}, user: {}, inmate: {}, product: {}, programme: {}, incident: {} };
  const params: Record<string, string> = {};
  for (const relation of RELATIONS) {
    const place = places[relation];
    targets.unit[relation] = place.id;
    targets.user[relation] = await addAccount(t, `sasaran.${relation}`, 'operator', place.id);
    targets.inmate[relation] = (await insertInmate(db, place)).id;
    targets.product[relation] = (await insertProduct(db, place)).id;
    targets.programme[relation] = created(await admin.post(`${API}/programmes`, programmeBody({ unitId: place.id })))?.id;
    const incident = created(await admin.post(`${API}/incidents`, reportBody(category.id, { unitId: place.id, clientId: randomUUID() })));
    targets.incident[relation] = incident?.id;
    const step = incident?.sop?.steps[0]?.key;
    if (step) params.stepKey = step;
  }
  return { places, targets, params };
}
