// One target of every kind in every unit around the caller, made the way the modules make them.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { Client, TestApp } from '../app.js';
import { assignments } from '../../modules/directives/index.js';
import { insertPosition } from '../../modules/users/index.js';
import { seedSellableBatch, insertInmate, insertProduct, saleBody } from '../../modules/cooperative/sales.test-kit.js';
import { programmeBody } from '../../modules/programmes/programmes.test-kit.js';
import { reportBody } from '../../modules/incidents/incidents.test-kit.js';
import { directiveBody } from '../../modules/directives/directives.test-kit.js';
import { chairId, meetingBody } from '../../modules/meetings/meetings.test-kit.js';
import { coconutBody, siteBody } from '../../modules/campaigns/campaigns.test-kit.js';
import { incidentCategories } from '../../modules/incidents/incident-catalogue.table.js';
import { addAccount, type Place, type Places } from './fixtures.js';
import { RELATIONS, type Relation, type TargetKind } from './rules.js';

const API = '/api/v1';

/** The path parameters that name one target (`id`, and e.g. `agencyId` for a row under an incident). */
export type TargetParams = Record<string, string>;
/** Missing where a kind cannot live in that unit (a programme in a Kanwil). */
export type Targets = Record<TargetKind, Partial<Record<Relation, TargetParams>>>;

function idOf(res: LightMyRequestResponse, path: (body: never) => string | undefined = (b: { id?: string }) => b.id): string | undefined {
  return res.statusCode === 201 || res.statusCode === 200 ? path(res.json() as never) : undefined;
}

function child(parent: TargetParams | undefined, name: string, id: string | undefined): TargetParams | undefined {
  return parent && id ? { ...parent, [name]: id } : undefined;
}

async function incidentCategoryId(t: TestApp): Promise<string> {
  const [category] = await t.database.db.select({ id: incidentCategories.id }).from(incidentCategories).orderBy(asc(incidentCategories.code)).limit(1);
  assert.ok(category, 'an incident category is seeded');
  return category.id;
}

function addPermit(admin: Client, productId: string): Promise<string | undefined> {
  const body = { kind: 'pirt', number: `PIRT-${randomUUID().slice(0, 8)}`, issuedOn: '2026-01-01', expiresOn: '2031-01-01' };
  return admin.post(`${API}/products/${productId}/permits`, body).then((res) => idOf(res));
}

/**
 * A new record in place of one a granted DELETE removed, so every role meets a target that exists.
 * Only the kinds that a DELETE route acts on.
 */
export async function remadeTarget(t: TestApp, kind: TargetKind, params: TargetParams): Promise<TargetParams> {
  if (kind === 'productPermit' && params.id) {
    const admin = await adminOf(t);
    return { ...params, permitId: (await addPermit(admin, params.id)) ?? '' };
  }
  if (kind === 'campaignSite' && params.id && params.operator) {
    const operator = await accountOf(t, params.operator);
    const siteId = idOf(await operator.post(`${API}/campaigns/${params.id}/sites`, siteBody()));
    return { ...params, siteId: siteId ?? '' };
  }
  if (kind === 'userPosition' && params.id && params.unitId) {
    const position = await insertPosition(t.database.db, { userId: params.id, title: 'Jabatan tambahan', role: 'operator', unitId: params.unitId });
    return { ...params, positionId: position.id };
  }
  return params;
}

const clients = new WeakMap<TestApp, Map<string, Promise<Client>>>();
/** An account that makes targets (the HQ administrator, or a unit's own operator), signed in once per app. */
function accountOf(t: TestApp, username: string): Promise<Client> {
  const signed = clients.get(t) ?? new Map<string, Promise<Client>>();
  clients.set(t, signed);
  const existing = signed.get(username);
  if (existing) return existing;
  const client = t.as(username);
  signed.set(username, client);
  return client;
}

const adminOf = (t: TestApp) => accountOf(t, 'admin');

/** The records of one unit, made by the HQ administrator or inserted where the module has no form for them. */
async function buildInUnit(t: TestApp, admin: Client, place: Place, relation: Relation, categoryId: string): Promise<Partial<Record<TargetKind, TargetParams>>> {
  const db = t.database.db;
  const account = await addAccount(t, `sasaran.${relation}`, 'operator', place.id);
  const inmate = await insertInmate(db, place);
  const product = { id: (await insertProduct(db, place)).id };
  const programmeId = idOf(await admin.post(`${API}/programmes`, programmeBody({ unitId: place.id })));
  const programme = programmeId ? { id: programmeId } : undefined;
  const incidentRes = await admin.post(`${API}/incidents`, reportBody(categoryId, { unitId: place.id, clientId: randomUUID() }));
  const stepKey = idOf(incidentRes, (b: { sop: { steps: { key: string }[] } }) => b.sop.steps[0]?.key);
  const incidentId = idOf(incidentRes);
  const incident = incidentId && stepKey ? { id: incidentId, stepKey } : undefined;
  const batch = await seedSellableBatch(db, { unitCode: place.code }).catch(() => undefined);
  const soldOn = new Date().toISOString().slice(0, 10);
  const saleId = batch && idOf(await admin.post(`${API}/sales`, saleBody(batch.batchId, 1, 15_000, { soldOn })));
  return {
    unit: { id: place.id, unitId: place.id },
    user: { id: account.userId },
    userPosition: { id: account.userId, positionId: account.positionId, unitId: place.id },
    inmate: { id: inmate.id, inmateId: inmate.id },
    product,
    productPermit: child(product, 'permitId', await addPermit(admin, product.id)),
    programme,
    enrolment: child(
      programme,
      'enrolmentId',
      programme && idOf(await admin.post(`${API}/programmes/${programme.id}/enrolments`, { inmateId: inmate.id }), (b: { enrolment: { id: string } }) => b.enrolment.id),
    ),
    incident,
    incidentAgency: child(
      incident,
      'agencyId',
      incident && idOf(await admin.post(`${API}/incidents/${incident.id}/agencies`, { agency: 'polres', name: 'Polres Uji', requestedAt: new Date().toISOString() })),
    ),
    batch: batch ? { id: batch.batchId } : undefined,
    sale: saleId ? { id: saleId } : undefined,
  };
}

/** A directive from HQ to the three UPTs: each gets a follow-up assignment, and their Kanwil one to verify. */
async function assignmentsAround(t: TestApp, admin: Client, places: Places): Promise<Partial<Record<Relation, TargetParams>>> {
  const uptIds = [places.own.id, places.sibling.id, places.outside.id];
  const draft = idOf(await admin.post(`${API}/directives`, directiveBody({ target: { mode: 'list', unitIds: uptIds }, due: { local: '2027-01-11T10:00', zone: 'unit' } })));
  assert.ok(draft, 'the directive draft is made');
  assert.equal((await admin.post(`${API}/directives/${draft}/issue`)).statusCode, 200);
  const rows = await t.database.db.select({ id: assignments.id, unitId: assignments.unitId }).from(assignments).where(eq(assignments.directiveId, draft));
  const found: Partial<Record<Relation, TargetParams>> = {};
  for (const relation of RELATIONS) {
    const row = rows.find((r) => r.unitId === places[relation].id);
    if (row) found[relation] = { id: row.id };
  }
  return found;
}

/**
 * Per relation, a directive and a meeting from HQ addressed to that unit alone (none where the unit may not
 * be addressed): the caller's unit sees what is addressed to it, not what goes to its Kanwil or other UPTs.
 */
async function addressedTo(admin: Client, places: Places): Promise<Pick<Targets, 'directive' | 'meeting'>> {
  const chair = await chairId(admin, 'Direktur Jenderal');
  const found: Pick<Targets, 'directive' | 'meeting'> = { directive: {}, meeting: {} };
  for (const relation of RELATIONS) {
    const target = { mode: 'list', unitIds: [places[relation].id] };
    const draft = idOf(await admin.post(`${API}/directives`, directiveBody({ target, due: { local: '2027-01-11T10:00', zone: 'unit' } })));
    if (draft && (await admin.post(`${API}/directives/${draft}/issue`)).statusCode === 200) found.directive[relation] = { id: draft };
    const meeting = idOf(await admin.post(`${API}/meetings`, meetingBody(chair, { target, startLocal: '2027-01-11T09:00' })));
    if (meeting) found.meeting[relation] = { id: meeting, unitId: places[relation].id };
  }
  return found;
}

/**
 * A campaign to the UPTs of the caller's Kanwil and of the outside UPT's Kanwil, with one site in each UPT
 * registered by the UPT's own operator (HQ does not fill in a unit's campaign data).
 */
async function campaignSites(t: TestApp, admin: Client, places: Places): Promise<Targets['campaignSite']> {
  const kanwilIds = [places.parent.id, places.outside.parentId ?? ''];
  const campaignId = idOf(await admin.post(`${API}/campaigns`, coconutBody(kanwilIds)));
  const found: Targets['campaignSite'] = {};
  if (!campaignId) return found;
  for (const relation of RELATIONS) {
    const operator = await accountOf(t, `sasaran.${relation}`);
    const siteId = idOf(await operator.post(`${API}/campaigns/${campaignId}/sites`, siteBody()));
    if (siteId) found[relation] = { id: campaignId, siteId, operator: `sasaran.${relation}` };
  }
  return found;
}

export async function buildTargets(t: TestApp, places: Places): Promise<Targets> {
  const admin = await adminOf(t);
  const categoryId = await incidentCategoryId(t);
  const targets = {} as Targets;
  for (const relation of RELATIONS) {
    const made = await buildInUnit(t, admin, places[relation], relation, categoryId);
    for (const [kind, params] of Object.entries(made) as [TargetKind, TargetParams | undefined][]) {
      targets[kind] ??= {};
      if (params) targets[kind][relation] = params;
    }
  }
  targets.assignment = await assignmentsAround(t, admin, places);
  Object.assign(targets, await addressedTo(admin, places));
  targets.campaignSite = await campaignSites(t, admin, places);
  return targets;
}
