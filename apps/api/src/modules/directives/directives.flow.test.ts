import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';

let t: TestApp;
let dirjen: Client;
let operator: Client;
let kanwil: Client;
let bantenId: string;

const COCONUTS = {
  source: 'meeting',
  reference: 'PAS-1234.PK.01.01 Tahun 2025',
  title: 'Penanaman kelapa serentak 9 September',
  body: 'Setiap UPT menanam bibit kelapa bersama mitra setempat dan melaporkan hasilnya.',
  tags: ['Program Akselerasi'],
  metrics: [
    { key: 'seedlings', name: 'Bibit ditanam', unit: 'batang', type: 'integer', targetPerUnit: 300, rollup: 'sum' },
    { key: 'hectares', name: 'Luas', unit: 'ha', type: 'decimal', rollup: 'sum' },
    { key: 'variety', name: 'Varietas', type: 'choice', choices: ['dalam', 'genjah'], rollup: 'count' },
  ],
  due: { local: '2025-09-09T10:00', zone: 'unit' },
};

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-01T00:00:00Z') });
  [dirjen, operator, kanwil] = await Promise.all([t.as('dirjen'), t.as('operator.lpp.tangerang'), t.as('kanwil.banten')]);
  const units = (await dirjen.get('/api/v1/units?kind=kanwil&q=Banten')).json() as { items: { id: string }[] };
  bantenId = units.items[0]?.id ?? '';
});
after(async () => t.close());

test('a directive to Kanwil Banten UPTs is reported by a UPT, verified by the Kanwil and rolled up', async () => {
  const created = await dirjen.post('/api/v1/directives', { ...COCONUTS, target: { mode: 'filter', kanwilIds: [bantenId] } });
  assert.equal(created.statusCode, 201, created.body);
  const directive = created.json() as { id: string; status: string; abilities: { issue: boolean } };
  assert.equal(directive.status, 'draft');
  assert.equal(directive.abilities.issue, true);

  const issued = await dirjen.post(`/api/v1/directives/${directive.id}/issue`);
  assert.equal(issued.statusCode, 200, issued.body);
  // 8 Banten UPTs in the seed, plus the Kanwil that verifies them.
  assert.equal((issued.json() as { assignmentCount: number }).assignmentCount, 9);
  assert.equal((await dirjen.post(`/api/v1/directives/${directive.id}/issue`)).statusCode, 409);

  const mine = (await operator.get(`/api/v1/assignments?directiveId=${directive.id}`)).json() as {
    items: { id: string; unitName: string; dueAt: string; abilities: { report: boolean; verify: boolean } }[];
    total: number;
  };
  assert.equal(mine.total, 1);
  const assignment = mine.items[0];
  assert.ok(assignment);
  assert.equal(assignment.unitName, 'Lapas Perempuan Kelas IIA Tangerang');
  assert.equal(assignment.dueAt, '2025-09-09T03:00:00.000Z', '10.00 WIB');
  assert.deepEqual(assignment.abilities, { report: true, verify: false, return: false, requestExtension: true, requestExemption: true, decideRequest: false });

  const bad = await operator.post(`/api/v1/assignments/${assignment.id}/reports`, {
    values: { seedlings: -5, hectares: 1.2, variety: 'kerdil', extra: 1 },
    narrative: 'Penanaman bersama Polres.',
  });
  assert.equal(bad.statusCode, 422);
  const paths = (bad.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
  assert.deepEqual(paths, ['body.values.extra', 'body.values.seedlings', 'body.values.variety']);

  const key = { headers: { 'idempotency-key': 'c8d0f1e2-7a3b-4c5d-9e8f-0123456789ab' } };
  const body = { values: { seedlings: 320, hectares: 1.3, variety: 'genjah' }, narrative: 'Penanaman bersama Polres dan Pemkot.' };
  const first = await operator.post(`/api/v1/assignments/${assignment.id}/reports`, body, key);
  const retry = await operator.post(`/api/v1/assignments/${assignment.id}/reports`, body, key);
  assert.equal(first.statusCode, 201, first.body);
  assert.equal(retry.body, first.body);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  const history = (await operator.get(`/api/v1/assignments/${assignment.id}/reports`)).json() as unknown[];
  assert.equal(history.length, 1, 'a retried submission creates no second report');
  const reportId = (first.json() as { id: string }).id;

  assert.equal((await operator.post(`/api/v1/reports/${reportId}/decision`, { decision: 'verified' })).statusCode, 403);
  const returned = await kanwil.post(`/api/v1/reports/${reportId}/decision`, { decision: 'returned', reason: 'Foto lokasi belum ada.' });
  assert.equal(returned.statusCode, 200, returned.body);
  const again = await operator.post(`/api/v1/assignments/${assignment.id}/reports`, { ...body, narrative: 'Foto sudah dilengkapi.' });
  assert.equal((again.json() as { version: number }).version, 2);
  const status = (await operator.get(`/api/v1/assignments/${assignment.id}`)).json() as { status: string };
  assert.equal(status.status, 'dilaporkan_ulang');

  const stale = await kanwil.post(`/api/v1/reports/${reportId}/decision`, { decision: 'verified' });
  assert.equal(stale.statusCode, 409, 'only the latest report can be decided');
  const verified = await kanwil.post(`/api/v1/reports/${(again.json() as { id: string }).id}/decision`, { decision: 'verified' });
  assert.equal(verified.statusCode, 200, verified.body);

  // A report queued on a phone while offline arrives after the verification: a clear conflict, nothing stored.
  const late = await operator.post(`/api/v1/assignments/${assignment.id}/reports`, { ...body, narrative: 'Terkirim terlambat.' });
  assert.equal(late.statusCode, 409, late.body);
  assert.equal(late.headers['content-type'], 'application/problem+json; charset=utf-8');
  const lateProblem = late.json() as { code: string; detail: string };
  assert.equal(lateProblem.code, 'directives.report_already_verified');
  assert.match(lateProblem.detail, /sudah diverifikasi/);
  assert.equal(((await operator.get(`/api/v1/assignments/${assignment.id}/reports`)).json() as unknown[]).length, 2);

  const rollup = (await dirjen.get(`/api/v1/directives/${directive.id}/rollup`)).json() as {
    national: { targets: number; reported: number; verified: number; overdue: number; metrics: Record<string, { reported: number; verified: number }> };
    kanwil: { unitId: string }[];
  };
  assert.equal(rollup.national.targets, 8);
  assert.equal(rollup.national.reported, 1);
  assert.equal(rollup.national.verified, 1);
  assert.deepEqual(rollup.national.metrics.seedlings, { reported: 320, verified: 320 });
  assert.deepEqual(rollup.national.metrics.variety, { reported: 1, verified: 1 });
  assert.deepEqual(rollup.kanwil.map((k) => k.unitId), [bantenId]);
});

test('units outside the directive or the caller scope do not see it', async () => {
  const cipinang = await t.as('operator.lapas.cipinang');
  const list = (await cipinang.get('/api/v1/assignments')).json() as { total: number };
  assert.equal(list.total, 0);
  const directives = (await cipinang.get('/api/v1/directives')).json() as { total: number };
  assert.equal(directives.total, 0);
});
