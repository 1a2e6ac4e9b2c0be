// A report whose process died after its transaction committed but before its response was recorded
// under the Idempotency-Key: the retry gets that report back (201), not a refusal for a follow-up
// already reported and not a second report.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Report } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { idempotencyKeys } from '../../platform/http/idempotency.table.js';
import { releaseUnfinishedClaims } from '../../platform/http/idempotency.js';
import { API, assignmentAt, assignmentsOf, issueDirective, kanwilId, problem } from './directives.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';

let t: TestApp;
let dirjen: Client;
let operator: Client;

before(async () => {
  t = await buildTestApp();
  [dirjen, operator] = await Promise.all([t.as('dirjen'), t.as('operator.lpp.tangerang')]);
});
after(async () => t.close());

async function openAssignment(title: string): Promise<string> {
  const directive = await issueDirective(dirjen, { title, target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] } });
  return assignmentAt(await assignmentsOf(operator, `directiveId=${directive.id}`), LPP).id;
}

function send(assignmentId: string, key: string) {
  const body = { values: { seedlings: 7 }, narrative: 'Dikirim ulang setelah server mati.' };
  return operator.post(`${API}/assignments/${assignmentId}/reports`, body, { headers: { 'idempotency-key': key } });
}

/** What a process killed between the report's commit and recording the response leaves behind. */
async function forgetResponse(key: string, claimedAt: Date): Promise<void> {
  await t.database.db
    .update(idempotencyKeys)
    .set({ statusCode: null, responseBody: null, contentType: null, completedAt: null, createdAt: claimedAt })
    .where(eq(idempotencyKeys.key, key));
}

async function reportsOf(assignmentId: string): Promise<Report[]> {
  const res = await operator.get(`${API}/assignments/${assignmentId}/reports`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Report[];
}

test('a retry taking over an abandoned claim returns the report its first attempt committed', async () => {
  const assignmentId = await openAssignment('Satu laporan walau server mati');
  const key = randomUUID();
  const first = await send(assignmentId, key);
  assert.equal(first.statusCode, 201, first.body);
  await forgetResponse(key, new Date(Date.now() - 5 * 60_000));

  const retry = await send(assignmentId, key);
  assert.equal(retry.statusCode, 201, retry.body);
  assert.equal((retry.json() as Report).id, (first.json() as Report).id);
  assert.deepEqual((await reportsOf(assignmentId)).map((r) => r.version), [1]);
  const [audited] = (
    (await t.database.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'directives.report_submitted' and subject_id = ${(first.json() as Report).id}`,
    )) as unknown as { rows: { n: number }[] }
  ).rows;
  assert.equal(audited?.n, 1, 'the report is audited once');
});

test('claims left unfinished by a dead process are released at start-up; finished ones still replay', async () => {
  const cutOff = await openAssignment('Klaim yang tertinggal');
  const finished = await openAssignment('Klaim yang selesai');
  const cutOffKey = randomUUID();
  const finishedKey = randomUUID();
  const made = await send(cutOff, cutOffKey);
  assert.equal(made.statusCode, 201, made.body);
  assert.equal((await send(finished, finishedKey)).statusCode, 201);
  await forgetResponse(cutOffKey, new Date());

  problem(await send(cutOff, cutOffKey), 409, 'idempotency.in_progress');
  assert.equal(await releaseUnfinishedClaims(t.database.db), 1);

  const retry = await send(cutOff, cutOffKey);
  assert.equal(retry.statusCode, 201, retry.body);
  assert.equal((retry.json() as Report).id, (made.json() as Report).id);
  assert.equal((await reportsOf(cutOff)).length, 1);
  const replay = await send(finished, finishedKey);
  assert.equal(replay.statusCode, 201, replay.body);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
});
