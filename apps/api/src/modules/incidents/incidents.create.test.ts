import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Incident, IncidentList } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { incidents } from './incidents.table.js';
import { CIPINANG, INCIDENTS, LPP, categoryByCode, problem, reportBody, reportIncident, testClock, unitByName } from './incidents.test-kit.js';

/** First reports: sent twice they make one incident; bad ones are refused field by field. */
const time = testClock('2026-05-02T08:00:00Z');
let t: TestApp;
let as: (username: string) => Promise<Client>;
let escape: Awaited<ReturnType<typeof categoryByCode>>;
let fight: Awaited<ReturnType<typeof categoryByCode>>;

before(async () => {
  t = await buildTestApp({ clock: time.clock });
  as = signedIn(t);
  escape = await categoryByCode(t, 'pelarian');
  fight = await categoryByCode(t, 'perkelahian');
});
after(async () => t.close());

const countWith = async (clientId: string) => (await t.database.db.select().from(incidents).where(eq(incidents.clientId, clientId))).length;

test('the same clientId again returns the incident already created, with 200', async () => {
  const operator = await as('operator.lpp.tangerang');
  const body = reportBody(escape.id, { counters: { kabur: 1 } });
  const first = await reportIncident(operator, body);
  const again = await operator.post(INCIDENTS, body);
  assert.equal(again.statusCode, 200, again.body);
  assert.equal((again.json() as Incident).id, first.id);
  assert.equal((again.json() as Incident).timeline.filter((e) => e.kind === 'reported').length, 1);
  assert.equal(await countWith(body.clientId as string), 1);
  const other = await (await as('kplp.lpp.tangerang')).post(INCIDENTS, body);
  problem(other, 409, 'incidents.client_id_taken');
});

test('the same Idempotency-Key twice makes one incident', async () => {
  const operator = await as('operator.lpp.tangerang');
  const body = reportBody(fight.id);
  const headers = { 'idempotency-key': `lapor-${randomUUID()}` };
  const first = await operator.post(INCIDENTS, body, { headers });
  assert.equal(first.statusCode, 201, first.body);
  const replay = await operator.post(INCIDENTS, body, { headers });
  assert.equal(replay.statusCode, 201, replay.body);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.equal((replay.json() as Incident).id, (first.json() as Incident).id);
  assert.equal(await countWith(body.clientId as string), 1);
});

test('a Kanwil reports for one of its UPTs, never for itself or outside its area', async () => {
  const kanwil = await as('kanwil.banten');
  const lpp = await unitByName(t, LPP);
  const made = await reportIncident(kanwil, reportBody(fight.id, { unitId: lpp.id }));
  assert.equal(made.unitId, lpp.id);
  const own = problem(await kanwil.post(INCIDENTS, reportBody(fight.id)), 422, 'incidents.invalid');
  assert.equal(own.errors?.[0]?.path, 'body.unitId');
  const cipinang = await unitByName(t, CIPINANG);
  const outside = problem(await kanwil.post(INCIDENTS, reportBody(fight.id, { unitId: cipinang.id })), 422);
  assert.equal(outside.errors?.[0]?.code, 'not_found');
  problem(await (await as('humas.ditjenpas')).post(INCIDENTS, reportBody(fight.id)), 403);
});

test('unknown category and severity, and a time in the future, are refused together', async () => {
  const operator = await as('operator.lpp.tangerang');
  const res = await operator.post(INCIDENTS, reportBody(randomUUID(), { severity: 'gawat', occurredAt: '2026-05-02T08:06:00Z' }));
  const body = problem(res, 422, 'incidents.invalid');
  assert.deepEqual(body.errors?.map((e) => e.path).sort(), ['body.categoryId', 'body.occurredAt', 'body.severity']);
  assert.equal((await operator.post(INCIDENTS, reportBody(fight.id, { occurredAt: '2026-05-02T08:04:00Z' }))).statusCode, 201);
});

test('counters must be the category’s own, typed ones, and derived figures stay at or above zero', async () => {
  const operator = await as('operator.lpp.tangerang');
  const unknown = problem(await operator.post(INCIDENTS, reportBody(escape.id, { counters: { hp: 2 } })), 422);
  assert.equal(unknown.errors?.[0]?.code, 'unknown_counter');
  const derived = problem(await operator.post(INCIDENTS, reportBody(escape.id, { counters: { buron: 2 } })), 422);
  assert.equal(derived.errors?.[0]?.code, 'derived_counter');
  const negative = problem(await operator.post(INCIDENTS, reportBody(escape.id, { counters: { kabur: 1, tertangkap: 2 } })), 422);
  assert.match(negative.detail ?? '', /Tertangkap kembali \(2\) melebihi Kabur \(1\)/);
  problem(await operator.post(INCIDENTS, reportBody(escape.id, { location: 'x' })), 400);
});

test('details that follow are checked the same way', async () => {
  const operator = await as('operator.lpp.tangerang');
  const made = await reportIncident(operator, reportBody(fight.id));
  problem(await operator.patch(`${INCIDENTS}/${made.id}`, { severity: 'gawat' }), 422);
  problem(await operator.patch(`${INCIDENTS}/${made.id}`, { occurredAt: '2026-05-03T00:00:00Z' }), 422);
  const res = await operator.patch(`${INCIDENTS}/${made.id}`, { severity: 'kritis', involved: { inmates: 4, officers: 1, others: 0, injured: 2, dead: 0 } });
  assert.equal(res.statusCode, 200, res.body);
  const updated = res.json() as Incident;
  assert.equal(updated.severity, 'kritis');
  assert.equal(updated.involved.injured, 2);
  assert.match(updated.timeline.at(-1)?.summary ?? '', /tingkat keparahan, jumlah yang terlibat/);
});

test('the board filters by category and status and pages', async () => {
  const operator = await as('operator.lpp.tangerang');
  const res = await operator.get(`${INCIDENTS}?categoryId=${escape.id}&status=open&limit=1`);
  assert.equal(res.statusCode, 200, res.body);
  const page = res.json() as IncidentList;
  assert.equal(page.items.length, 1);
  assert.ok(page.total >= 1);
  assert.equal(page.abilities.report, true);
  assert.ok(page.items.every((i) => i.categoryId === escape.id));
  const none = (await operator.get(`${INCIDENTS}?status=ditutup`)).json() as IncidentList;
  assert.equal(none.total, 0);
  const dated = (await operator.get(`${INCIDENTS}?from=2026-05-03&to=2026-05-10`)).json() as IncidentList;
  assert.equal(dated.total, 0);
  const today = (await operator.get(`${INCIDENTS}?from=2026-05-02&to=2026-05-02`)).json() as IncidentList;
  assert.ok(today.total >= 3);
});
