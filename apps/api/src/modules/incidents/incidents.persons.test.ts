import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Incident } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { INCIDENTS, auditOf, categoryByCode, incidentOf, problem, reportBody, reportIncident } from './incidents.test-kit.js';

/** Named persons are restricted: only holders of `incidents:persons` read them, and each read is audited. */
let t: TestApp;
let as: (username: string) => Promise<Client>;
let incident: Incident;
const NAME = 'Siti Rahmawati';

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  as = signedIn(t);
  const escape = await categoryByCode(t, 'pelarian');
  incident = await reportIncident(await as('operator.lpp.tangerang'), reportBody(escape.id, { counters: { kabur: 1 } }));
});
after(async () => t.close());

const persons = (id: string) => `${INCIDENTS}/${id}/persons`;
const readsOf = async (id: string) => (await auditOf(t, id)).filter((a) => a.action === 'incidents.persons_read');

test('the security officer adds a person; the timeline and audit keep the role, not the name', async () => {
  const kplp = await as('kplp.lpp.tangerang');
  problem(await (await as('operator.lpp.tangerang')).post(persons(incident.id), { role: 'warga_binaan', name: NAME }), 403);
  const res = await kplp.post(persons(incident.id), { role: 'warga_binaan', name: NAME, registrationNumber: 'B.I-123/2025', status: 'kabur' });
  assert.equal(res.statusCode, 201, res.body);
  const view = await (await as('operator.lpp.tangerang')).get(`${INCIDENTS}/${incident.id}`);
  assert.equal(view.statusCode, 200);
  assert.ok(!view.body.includes(NAME), 'the incident never carries names');
  assert.equal((view.json() as Incident).timeline.at(-1)?.kind, 'person_added');
  assert.ok(!JSON.stringify(await auditOf(t, incident.id)).includes(NAME), 'the audit trail never carries names');
});

test('the operator is refused (403) even in scope, and no read is audited', async () => {
  problem(await (await as('operator.lpp.tangerang')).get(persons(incident.id)), 403);
  problem(await (await as('kanwil.banten')).get(persons(incident.id)), 403);
  problem(await (await as('operator.lapas.cipinang')).get(persons(incident.id)), 403);
  assert.equal((await readsOf(incident.id)).length, 0);
});

test('the security officer reads the names, and the read is audited', async () => {
  const kplp = await as('kplp.lpp.tangerang');
  const res = await kplp.get(persons(incident.id));
  assert.equal(res.statusCode, 200, res.body);
  const { items } = res.json() as { items: { name: string; status?: string }[] };
  assert.deepEqual(items.map((p) => [p.name, p.status]), [[NAME, 'kabur']]);
  const reads = await readsOf(incident.id);
  assert.equal(reads.length, 1);
  assert.equal(reads[0]?.summary.count, 1);
  assert.equal((await incidentOf(kplp, incident.id)).abilities.readPersons, true);
  assert.equal((await (await as('dirjen')).get(persons(incident.id))).statusCode, 200);
  assert.equal((await (await as('piket.ditjenpas')).get(persons(incident.id))).statusCode, 200);
  const all = await readsOf(incident.id);
  assert.equal(all.length, 3);
  assert.deepEqual(new Set(all.map((r) => r.actorName)).size, 3);
});
