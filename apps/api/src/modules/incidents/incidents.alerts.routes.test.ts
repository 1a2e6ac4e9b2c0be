import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Alert, Incident } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { INCIDENTS, categoryByCode, incidentOf, problem, reportBody, reportIncident, testClock } from './incidents.test-kit.js';

/** Acknowledging through the API: each level acknowledges its own alert, and the timeline shows who and after how long. */
const time = testClock('2026-03-10T02:00:00Z');
let t: TestApp;
let as: (username: string) => Promise<Client>;
let incident: Incident;

before(async () => {
  t = await buildTestApp({ clock: time.clock });
  as = signedIn(t);
  const escape = await categoryByCode(t, 'pelarian');
  incident = await reportIncident(await as('operator.lpp.tangerang'), reportBody(escape.id, { counters: { kabur: 3 } }));
});
after(async () => t.close());

const alertAt = (i: Incident, level: Alert['level']) => {
  const alert = i.alerts.find((a) => a.level === level);
  assert.ok(alert, `no ${level} alert`);
  return alert;
};

test('the Kanwil sees its own alert as the one it may acknowledge, and acknowledges it', async () => {
  const kanwil = await as('kanwil.banten');
  const seen = await incidentOf(kanwil, incident.id);
  assert.deepEqual(
    seen.alerts.map((a) => [a.level, a.abilities.acknowledge]).sort(),
    [['hq', false], ['kanwil', true], ['unit', false]],
  );
  assert.equal(seen.unacknowledgedAlerts, 3);

  time.set('2026-03-10T02:04:00Z');
  const res = await kanwil.post(`${INCIDENTS}/${incident.id}/alerts/${alertAt(seen, 'kanwil').id}/ack`, {});
  assert.equal(res.statusCode, 200, res.body);
  const alert = res.json() as Alert;
  assert.equal(alert.acknowledgedAt, '2026-03-10T02:04:00.000Z');
  assert.equal(alert.delayMinutes, 4);

  const after = await incidentOf(kanwil, incident.id);
  assert.equal(after.unacknowledgedAlerts, 2);
  assert.match(after.timeline.at(-1)?.summary ?? '', /4 menit/);
  assert.equal(after.timeline.at(-1)?.kind, 'alert_acknowledged');
});

test('acknowledging twice, someone else’s alert, or out of scope is refused', async () => {
  const kanwil = await as('kanwil.banten');
  const seen = await incidentOf(kanwil, incident.id);
  problem(await kanwil.post(`${INCIDENTS}/${incident.id}/alerts/${alertAt(seen, 'kanwil').id}/ack`, {}), 409);
  problem(await kanwil.post(`${INCIDENTS}/${incident.id}/alerts/${alertAt(seen, 'unit').id}/ack`, {}), 403);
  const cipinang = await as('operator.lapas.cipinang');
  problem(await cipinang.post(`${INCIDENTS}/${incident.id}/alerts/${alertAt(seen, 'unit').id}/ack`, {}), 404);
  const piket = await as('piket.ditjenpas');
  const hq = await piket.post(`${INCIDENTS}/${incident.id}/alerts/${alertAt(seen, 'hq').id}/ack`, {});
  assert.equal(hq.statusCode, 200, hq.body);
});
