import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Incident } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { INCIDENTS, categoryByCode, incidentOf, reportBody, reportIncident, testClock } from './incidents.test-kit.js';

/** A running update sent again by a phone's queue after a lost answer is recorded once. */
const time = testClock('2026-05-02T08:00:00Z');
let t: TestApp;
let kplp: Client;
let incident: Incident;

before(async () => {
  t = await buildTestApp({ clock: time.clock });
  kplp = await signedIn(t)('kplp.lpp.tangerang');
  const escape = await categoryByCode(t, 'pelarian');
  incident = await reportIncident(kplp, reportBody(escape.id, { counters: { kabur: 3 } }));
});
after(async () => t.close());

test('the same update twice with one Idempotency-Key adds one timeline entry', async () => {
  const path = `${INCIDENTS}/${incident.id}/updates`;
  const body = { note: 'Satu tertangkap di terminal', counters: { tertangkap: 1 } };
  const headers = { 'idempotency-key': randomUUID() };
  const first = await kplp.post(path, body, { headers });
  assert.equal(first.statusCode, 201, first.body);
  const again = await kplp.post(path, body, { headers });
  assert.equal(again.statusCode, 201, again.body);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  const now = await incidentOf(kplp, incident.id);
  assert.equal(now.timeline.filter((e) => e.note === body.note).length, 1);
  assert.deepEqual(now.counters, { kabur: 3, tertangkap: 1, buron: 2 });
});

test('a first report queued on the phone keeps the time the officer typed; the server stamps when it arrived', async () => {
  const escape = await categoryByCode(t, 'pelarian');
  time.set('2026-05-02T09:40:00Z');
  const seenAt = '2026-05-02T08:05:00.000Z';
  const made = await reportIncident(kplp, reportBody(escape.id, { occurredAt: seenAt }));
  assert.equal(made.occurredAt, seenAt);
  assert.equal(made.reportedAt, '2026-05-02T09:40:00.000Z');
  // The alerts are planned from the moment the server received the report.
  assert.ok(made.alerts.length > 0);
  const received = Date.parse('2026-05-02T09:40:00Z');
  assert.ok(made.alerts.every((a) => Date.parse(a.dueAt) >= received), JSON.stringify(made.alerts));
});
