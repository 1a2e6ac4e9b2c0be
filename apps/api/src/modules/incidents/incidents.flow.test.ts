import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Agency, Directive, Incident } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import {
  API,
  INCIDENTS,
  auditOf,
  categoryByCode,
  changeStatus,
  incidentOf,
  problem,
  put,
  recoverAndReview,
  reportBody,
  reportIncident,
  testClock,
} from './incidents.test-kit.js';

/** An escape at Lapas Perempuan Tangerang from the first report to its closing by the Kanwil with follow-up directives. */
const time = testClock('2026-03-10T02:00:00Z');
let t: TestApp;
let as: (username: string) => Promise<Client>;
let incident: Incident;
let escape: Awaited<ReturnType<typeof categoryByCode>>;

before(async () => {
  t = await buildTestApp({ clock: time.clock });
  as = signedIn(t);
  escape = await categoryByCode(t, 'pelarian');
});
after(async () => t.close());

test('the unit reports an escape: numbered, pinned to the SOP, counters derived', async () => {
  incident = await reportIncident(
    await as('operator.lpp.tangerang'),
    reportBody(escape.id, { occurredAt: '2026-03-10T01:30:00Z', counters: { kabur: 2 } }),
  );
  assert.match(incident.number, /^KAMTIB-2026-\d{6}$/);
  assert.equal(incident.status, 'dilaporkan');
  assert.equal(incident.unitName, 'Lapas Perempuan Kelas IIA Tangerang');
  assert.equal(incident.serious, true);
  assert.deepEqual(incident.counters, { kabur: 2, tertangkap: 0, buron: 2 });
  assert.deepEqual(incident.involved, { inmates: 0, officers: 0, others: 0, injured: 0, dead: 0 });
  assert.equal(incident.reportedAt, '2026-03-10T02:00:00.000Z');
  assert.equal(incident.sop.version, 1);
  assert.ok(incident.sop.steps.length > 3 && incident.sop.steps.every((s) => s.doneAt === null));
  // An escape alerts the unit, its Kanwil and HQ at once, in the reporting transaction.
  assert.deepEqual(incident.timeline.map((e) => e.kind), ['reported', 'alert_sent', 'alert_sent', 'alert_sent']);
  assert.deepEqual(incident.alerts.map((a) => a.level).sort(), ['hq', 'kanwil', 'unit']);
  assert.deepEqual(incident.timeline[0]?.counters, { kabur: 2, tertangkap: 0, buron: 2 });
  assert.deepEqual(incident.abilities, { update: true, changeStatus: true, review: false, close: false, readPersons: false, addPersons: false });
  const second = await reportIncident(await as('operator.lpp.tangerang'), reportBody(escape.id));
  assert.equal(Number(second.number.slice(-6)), Number(incident.number.slice(-6)) + 1);
});

test('running updates merge counters; the timeline keeps the full figures', async () => {
  time.set('2026-03-10T02:20:00Z');
  const kplp = await as('kplp.lpp.tangerang');
  const res = await kplp.post(`${INCIDENTS}/${incident.id}/updates`, { note: 'Satu tertangkap di pasar', counters: { tertangkap: 1 } });
  assert.equal(res.statusCode, 201, res.body);
  const updated = res.json() as Incident;
  assert.deepEqual(updated.counters, { kabur: 2, tertangkap: 1, buron: 1 });
  assert.equal(updated.lastUpdateAt, '2026-03-10T02:20:00.000Z');
  const last = updated.timeline.at(-1);
  assert.equal(last?.kind, 'counters');
  assert.deepEqual(last?.counters, { kabur: 2, tertangkap: 1, buron: 1 });
  assert.equal(last?.note, 'Satu tertangkap di pasar');
  const noteOnly = await kplp.post(`${INCIDENTS}/${incident.id}/updates`, { note: 'Penyisiran berlanjut' });
  assert.equal((noteOnly.json() as Incident).timeline.at(-1)?.kind, 'note');
  const tooMany = await kplp.post(`${INCIDENTS}/${incident.id}/updates`, { counters: { tertangkap: 3 } });
  assert.match(problem(tooMany, 422).detail ?? '', /melebihi Kabur/);
});

test('status moves forward only', async () => {
  const operator = await as('operator.lpp.tangerang');
  assert.equal((await changeStatus(operator, incident.id, 'ditangani')).status, 'ditangani');
  problem(await operator.post(`${INCIDENTS}/${incident.id}/status`, { status: 'ditangani' }), 409, 'incidents.status_backwards');
  problem(await operator.post(`${INCIDENTS}/${incident.id}/status`, { status: 'ditutup' }), 400);
});

test('a SOP step is done by someone at some time, and may be undone', async () => {
  time.set('2026-03-10T02:30:00Z');
  const kplp = await as('kplp.lpp.tangerang');
  const [first, second] = incident.sop.steps;
  assert.ok(first && second);
  for (const key of [first.key, second.key]) assert.equal((await put(kplp, `${INCIDENTS}/${incident.id}/sop/${key}`, { done: true })).statusCode, 200);
  const undone = await put(kplp, `${INCIDENTS}/${incident.id}/sop/${second.key}`, { done: false });
  const steps = (undone.json() as Incident).sop.steps;
  assert.ok(steps[0]?.doneBy);
  assert.equal(steps[0]?.doneAt, '2026-03-10T02:30:00.000Z');
  assert.equal(steps[1]?.doneAt, null);
  problem(await put(kplp, `${INCIDENTS}/${incident.id}/sop/langkah_tidak_ada`, { done: true }), 404, 'incidents.sop_step_not_found');
});

test('police help: requested, then arrived with the response time', async () => {
  const operator = await as('operator.lpp.tangerang');
  const res = await operator.post(`${INCIDENTS}/${incident.id}/agencies`, {
    agency: 'polres',
    name: 'Polres Metro Tangerang Kota',
    requestedAt: '2026-03-10T01:40:00Z',
  });
  assert.equal(res.statusCode, 201, res.body);
  const agency = res.json() as Agency;
  assert.equal(agency.responseMinutes, null);
  const early = await operator.patch(`${INCIDENTS}/${incident.id}/agencies/${agency.id}`, { arrivedAt: '2026-03-10T01:00:00Z' });
  problem(early, 422);
  const arrived = await operator.patch(`${INCIDENTS}/${incident.id}/agencies/${agency.id}`, { arrivedAt: '2026-03-10T02:05:00Z', personnel: 12 });
  assert.equal(arrived.statusCode, 200, arrived.body);
  assert.equal((arrived.json() as Agency).responseMinutes, 25);
  const view = await incidentOf(operator, incident.id);
  assert.equal(view.agencies[0]?.personnel, 12);
  assert.match(view.timeline.at(-1)?.summary ?? '', /tiba di lokasi \(25 menit/);
});

test('review by the unit, close by the Kanwil with follow-ups issued as directives', async () => {
  const operator = await as('operator.lpp.tangerang');
  problem(await put(operator, `${INCIDENTS}/${incident.id}/review`, {
    cause: 'Pagar rusak lama.', actionsTaken: 'Penyisiran bersama.', lessons: 'Periksa pagar tiap minggu.',
  }), 409, 'incidents.review_too_early');
  const reviewed = await recoverAndReview(operator, incident.id, [
    { title: 'Perbaiki pagar belakang blok C', dueDate: '2026-04-15' },
    { title: 'Jadwalkan kontrol pagar mingguan' },
  ]);
  assert.equal(reviewed.review?.followUps.length, 2);
  assert.equal(reviewed.abilities.close, false);
  problem(await operator.post(`${INCIDENTS}/${incident.id}/close`, {}), 403);
  problem(await (await as('kalapas.lpp.tangerang')).post(`${INCIDENTS}/${incident.id}/close`, {}), 403);
  problem(await (await as('kanwil.banten')).post(`${INCIDENTS}/${incident.id}/close`, { issueFollowUps: true }), 403);

  const kakanwil = await as('kakanwil.banten');
  assert.equal((await incidentOf(kakanwil, incident.id)).abilities.close, true);
  const res = await kakanwil.post(`${INCIDENTS}/${incident.id}/close`, { issueFollowUps: true, note: 'Ditutup setelah kajian' });
  assert.equal(res.statusCode, 200, res.body);
  const closed = res.json() as Incident;
  assert.equal(closed.status, 'ditutup');
  assert.equal(closed.closedAt, '2026-03-10T02:30:00.000Z');
  assert.ok(closed.closedBy);
  assert.equal(closed.followUpDirectiveIds.length, 2);
  assert.deepEqual(closed.abilities, { update: false, changeStatus: false, review: false, close: false, readPersons: true, addPersons: false });
  for (const directiveId of closed.followUpDirectiveIds) {
    const directive = (await operator.get(`${API}/directives/${directiveId}`)).json() as Directive;
    assert.equal(directive.status, 'issued');
    assert.equal(directive.reference, incident.number);
    assert.deepEqual(directive.target, { mode: 'list', unitIds: [incident.unitId] });
  }
  const first = (await operator.get(`${API}/directives/${closed.followUpDirectiveIds[0]}`)).json() as Directive;
  assert.equal(first.due.local, '2026-04-15T12:00');
});

test('a closed incident takes no more changes, and its trail is audited', async () => {
  const operator = await as('operator.lpp.tangerang');
  problem(await operator.post(`${INCIDENTS}/${incident.id}/updates`, { note: 'Masih ada?' }), 409, 'incidents.closed');
  problem(await operator.patch(`${INCIDENTS}/${incident.id}`, { location: 'Blok D' }), 409, 'incidents.closed');
  problem(await put(operator, `${INCIDENTS}/${incident.id}/sop/${incident.sop.steps[0]?.key}`, { done: false }), 409, 'incidents.closed');
  problem(await (await as('kakanwil.banten')).post(`${INCIDENTS}/${incident.id}/close`, {}), 409, 'incidents.closed');
  const actions = (await auditOf(t, incident.id)).map((a) => a.action);
  for (const action of ['incidents.reported', 'incidents.update_added', 'incidents.status_changed', 'incidents.sop_step_recorded', 'incidents.agency_logged', 'incidents.reviewed', 'incidents.closed']) {
    assert.ok(actions.includes(action), `${action} is audited`);
  }
  const view = await incidentOf(operator, incident.id);
  assert.deepEqual(
    view.timeline.map((e) => e.kind),
    ['reported', 'alert_sent', 'alert_sent', 'alert_sent', 'counters', 'note', 'status', 'sop_step', 'sop_step', 'sop_step', 'agency', 'agency', 'status', 'review', 'closed'],
  );
});
