import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Report } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { verifyAuditChains } from '../../platform/audit/audit.js';
import {
  API,
  assignmentAt,
  assignmentsOf,
  decide,
  issueDirective,
  kanwilId,
  problem,
  submit,
  submitOk,
  type AssignmentPage,
} from './directives.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
let page: AssignmentPage;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-01T00:00:00Z') });
  [dirjen, kanwil, operator] = await Promise.all([t.as('dirjen'), t.as('kanwil.banten'), t.as('operator.lpp.tangerang')]);
  const directive = await issueDirective(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] } });
  page = await assignmentsOf(kanwil, `directiveId=${directive.id}&role=follow_up`);
});
after(async () => t.close());

const withKey = () => ({ headers: { 'idempotency-key': randomUUID() } });

async function history(assignmentId: string): Promise<Report[]> {
  const res = await kanwil.get(`${API}/assignments/${assignmentId}/reports`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Report[];
}

/** Both succeed as versions n and n+1, or exactly one is refused with 409; never a 500, never a version twice. */
function assertRaceOutcome(results: LightMyRequestResponse[], reports: Report[], firstVersion: number) {
  const statuses = results.map((r) => r.statusCode).sort();
  assert.ok(
    JSON.stringify(statuses) === '[201,201]' || JSON.stringify(statuses) === '[201,409]',
    `statuses ${statuses.join(', ')}: ${results.map((r) => r.body).join(' | ')}`,
  );
  for (const refused of results.filter((r) => r.statusCode === 409)) problem(refused, 409, 'directives.transition_refused');
  const created = results.filter((r) => r.statusCode === 201).map((r) => (r.json() as Report).version).sort();
  const expected = statuses[1] === 201 ? [firstVersion, firstVersion + 1] : [firstVersion];
  assert.deepEqual(created, expected);
  const versions = reports.map((r) => r.version);
  assert.equal(new Set(versions).size, versions.length, `versions ${versions.join(', ')}`);
}

test('two submissions with different keys at the same time: no 500, no version twice', async () => {
  const mine = assignmentAt(page, LPP).id;
  const results = await Promise.all([
    submit(operator, mine, { seedlings: 100 }, withKey()),
    submit(operator, mine, { seedlings: 101 }, withKey()),
  ]);
  assertRaceOutcome(results, await history(mine), 1);
});

test('the same race on every other Banten UPT at once, reported by the Kanwil on their behalf', async () => {
  const others = page.items.filter((a) => a.unitName !== LPP);
  const races = others.map((a) =>
    Promise.all([submit(kanwil, a.id, { seedlings: 1 }, withKey()), submit(kanwil, a.id, { seedlings: 2 }, withKey())]),
  );
  const outcomes = await Promise.all(races);
  for (const [i, results] of outcomes.entries()) {
    const a = others[i];
    assert.ok(a);
    assertRaceOutcome(results, await history(a.id), 1);
  }
});

test('a resubmission race after a return: version 2 once, never 2 twice', async () => {
  const target = page.items.find((a) => a.unitName !== LPP);
  assert.ok(target);
  const [latest] = (await history(target.id)).slice(-1);
  assert.ok(latest);
  assert.equal((await decide(kanwil, latest.id, 'returned')).statusCode, 200);
  const results = await Promise.all([
    submit(kanwil, target.id, { seedlings: 3 }, withKey()),
    submit(kanwil, target.id, { seedlings: 4 }, withKey()),
  ]);
  assertRaceOutcome(results, await history(target.id), latest.version + 1);
});

test('the same key twice at once makes one report', async () => {
  const keyed = await issueDirective(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] }, title: 'Satu kunci' });
  const mine = assignmentAt(await assignmentsOf(operator, `directiveId=${keyed.id}`), LPP).id;
  const key = withKey();
  const body = { values: { seedlings: 5 }, narrative: 'Satu kali.' };
  const results = await Promise.all([0, 1].map(() => operator.post(`${API}/assignments/${mine}/reports`, body, key)));
  const statuses = results.map((r) => r.statusCode).sort();
  assert.ok(['[201,201]', '[201,409]'].includes(JSON.stringify(statuses)), results.map((r) => r.body).join(' | '));
  for (const r of results.filter((x) => x.statusCode === 409)) problem(r, 409, 'idempotency.in_progress');
  assert.equal(new Set(results.filter((r) => r.statusCode === 201).map((r) => r.body)).size, 1, 'a replay is the first response');
  assert.equal((await history(mine)).length, 1);
});

test('deciding twice at once: one decision wins, the other is refused', async () => {
  const mine = assignmentAt(page, LPP).id;
  const [latest] = (await history(mine)).slice(-1);
  assert.ok(latest);
  const results = await Promise.all([decide(kanwil, latest.id, 'verified'), decide(kanwil, latest.id, 'returned')]);
  assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
  const decided = (await history(mine)).slice(-1)[0];
  assert.ok(decided?.decision);
  if (decided.decision === 'returned') {
    const again = await submitOk(operator, mine, { seedlings: 102 });
    assert.equal((await decide(kanwil, again.id, 'verified')).statusCode, 200);
  }
});

test('a verified assignment takes no more reports (409)', async () => {
  const mine = assignmentAt(page, LPP).id;
  const status = ((await operator.get(`${API}/assignments/${mine}`)).json() as { status: string }).status;
  assert.equal(status, 'terverifikasi');
  const before = (await history(mine)).length;
  problem(await submit(operator, mine, { seedlings: 999 }, withKey()), 409, 'directives.report_already_verified');
  problem(await submit(kanwil, mine, { seedlings: 999 }), 409, 'directives.report_already_verified');
  assert.equal((await history(mine)).length, before);
});

test('the audit chains still hold after the races', async () => {
  const result = await verifyAuditChains(t.database.db);
  assert.equal(result.firstBreak, null);
  assert.ok(result.ok);
});
