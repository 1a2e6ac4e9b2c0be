import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { incidentSopVersions } from './incident-catalogue.table.js';
import { INCIDENTS, categoryByCode, problem, put, reportBody, reportIncident } from './incidents.test-kit.js';

/** An incident keeps the SOP version in force when it occurred, whatever is published later. */
let t: TestApp;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
});
after(async () => t.close());

test('before v2 took effect: v1; after: v2; steps are those of the pinned version', async () => {
  const escape = await categoryByCode(t, 'pelarian');
  const [v1] = escape.versions;
  assert.ok(v1 && escape.versions.length === 1);
  const [v2] = await t.database.db
    .insert(incidentSopVersions)
    .values({
      categoryId: escape.id,
      version: 2,
      activeFrom: new Date('2026-03-01T00:00:00Z'),
      steps: [...v1.steps, { key: 'kabari_imigrasi', text: 'Kabari Kantor Imigrasi untuk cegah tangkal' }],
      note: 'Tambahan koordinasi imigrasi',
    })
    .returning();
  assert.ok(v2);
  const operator = await t.as('operator.lpp.tangerang');
  const before = await reportIncident(operator, reportBody(escape.id, { occurredAt: '2026-02-28T23:00:00Z' }));
  const afterwards = await reportIncident(operator, reportBody(escape.id, { occurredAt: '2026-03-01T00:30:00Z' }));
  assert.deepEqual([before.sop.versionId, before.sop.version], [v1.id, 1]);
  assert.deepEqual([afterwards.sop.versionId, afterwards.sop.version], [v2.id, 2]);
  assert.equal(afterwards.sop.steps.length, before.sop.steps.length + 1);
  assert.equal(afterwards.sop.steps.at(-1)?.key, 'kabari_imigrasi');

  problem(await put(operator, `${INCIDENTS}/${before.id}/sop/kabari_imigrasi`, { done: true }), 404, 'incidents.sop_step_not_found');
  const done = await put(operator, `${INCIDENTS}/${afterwards.id}/sop/kabari_imigrasi`, { done: true, note: 'Surat dikirim' });
  assert.equal(done.statusCode, 200, done.body);
});
