import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Directive, DirectiveVersion, Me } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { createAudit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { loadPrincipal } from '../users/index.js';
import { createDirectivesService } from './directives.service.js';
import {
  API,
  assignmentsOf,
  createDraft,
  decide,
  directiveBody,
  issueDirective,
  kanwilId,
  problem,
  submitOk,
  unitByName,
  type AssignmentPage,
} from './directives.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const ABEPURA = 'Lapas Kelas IIA Abepura';
const SEEDLINGS = { key: 'seedlings', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' };

let now = new Date('2025-09-01T00:00:00Z');
let t: TestApp;
let dirjen: Client;
let kakanwil: Client;
let verifier: Client;
let operator: Client;
let viewer: Client;
let admin: Client;
let otherKanwilLeader: Client;

before(async () => {
  t = await buildTestApp({ clock: () => now, config: { sessionTtlHours: 24 * 365 } });
  [dirjen, kakanwil, verifier, operator, viewer, admin] = await Promise.all([
    t.as('dirjen'),
    t.as('kakanwil.banten'),
    t.as('kanwil.banten'),
    t.as('operator.lpp.tangerang'),
    t.as('humas.ditjenpas'),
    t.as('admin'),
  ]);
  const created = await admin.post(`${API}/users`, {
    username: 'kakanwil.dki.uji',
    name: 'Kakanwil DKI Uji',
    password: 'selaras-demo',
    position: { title: 'Kepala Kanwil DKI Jakarta', role: 'leader', unitId: await kanwilId(t, 'DKI') },
  });
  assert.equal(created.statusCode, 201, created.body);
  otherKanwilLeader = await t.as('kakanwil.dki.uji');
});
after(async () => t.close());

const patch = (by: Client, id: string, body: Record<string, unknown>) => by.patch(`${API}/directives/${id}`, body);

async function versionsOf(by: Client, id: string): Promise<DirectiveVersion[]> {
  const res = await by.get(`${API}/directives/${id}/versions`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as DirectiveVersion[];
}

/** A directive of Kanwil Banten to its UPTs. */
const bantenDirective = () => issueDirective(kakanwil, { title: 'Apel kesiapsiagaan Banten' });

describe('amending an issued directive', () => {
  test('each amendment is a version with the fields before and after, the reason and who made it', async () => {
    const d = await bantenDirective();
    const res = await patch(kakanwil, d.id, {
      title: 'Apel kesiapsiagaan Banten (diperbarui)',
      priority: 'urgent',
      metrics: [{ ...SEEDLINGS, name: 'Bibit kelapa ditanam', targetPerUnit: 300 }],
      reason: 'Target per unit ditetapkan dalam rapat 4 September.',
    });
    assert.equal(res.statusCode, 200, res.body);
    const amended = res.json() as Directive;
    assert.deepEqual([amended.title, amended.priority, amended.metrics[0]?.targetPerUnit], ['Apel kesiapsiagaan Banten (diperbarui)', 'urgent', 300]);

    assert.equal((await patch(kakanwil, d.id, { body: 'Isi arahan yang dirapikan.', reason: 'Perbaikan redaksi.' })).statusCode, 200);
    const me = (await kakanwil.get(`${API}/me`)).json() as Me;
    const versions = await versionsOf(operator, d.id);
    assert.deepEqual(versions.map((v) => [v.versionNo, Object.keys(v.changes).sort(), v.reason, v.byName, v.byPosition]), [
      [2, ['metrics', 'priority', 'title'], 'Target per unit ditetapkan dalam rapat 4 September.', me.user.name, me.position.title],
      [3, ['body'], 'Perbaikan redaksi.', me.user.name, me.position.title],
    ]);
    assert.deepEqual(versions[0]?.changes.title, { before: 'Apel kesiapsiagaan Banten', after: 'Apel kesiapsiagaan Banten (diperbarui)' });
    assert.deepEqual(versions[0]?.changes.priority, { before: 'normal', after: 'urgent' });
    assert.deepEqual((versions[0]?.changes.metrics?.before as { name: string }[])[0]?.name, 'Bibit ditanam');
    assert.equal(versions[0]?.at, now.toISOString());
  });

  test('the units still following it up find the change in their inbox, once per amendment', async () => {
    const d = await bantenDirective();
    const inbox = async () =>
      ((await operator.get(`${API}/notifications`)).json() as { items: { title: string; body: string; link: string }[] }).items.filter(
        (n) => n.link === `/directives/${d.id}`,
      );
    assert.deepEqual(await inbox(), []);
    assert.equal((await patch(kakanwil, d.id, { title: 'Apel siaga Banten', reason: 'Judul diringkas.' })).statusCode, 200);
    const [message, ...more] = await inbox();
    assert.equal(more.length, 0);
    assert.equal(message?.title, 'Arahan diubah: Apel siaga Banten');
    assert.match(message?.body ?? '', /Judul diringkas\./);
  });

  test('a reason is required, and a patch that changes nothing is refused', async () => {
    const d = await bantenDirective();
    const noReason = problem(await patch(kakanwil, d.id, { title: 'Judul yang lain sama sekali' }), 422, 'directives.reason_required');
    assert.equal(noReason.errors?.[0]?.path, 'body.reason');
    problem(await patch(kakanwil, d.id, { title: d.title, reason: 'Tidak ada yang berubah.' }), 422, 'directives.no_changes');
    assert.deepEqual(await versionsOf(kakanwil, d.id), []);
  });

  test('the target cannot change after issue, nor metrics be added, removed or retyped; labels and targets can', async () => {
    const d = await bantenDirective();
    const lpp = await unitByName(t, LPP);
    const target = problem(await patch(kakanwil, d.id, { target: { mode: 'list', unitIds: [lpp.id] }, reason: 'Hanya satu unit.' }), 409, 'directives.target_locked');
    assert.match(target.detail ?? '', /Terbitkan arahan baru/);
    const added = problem(
      await patch(kakanwil, d.id, { metrics: [SEEDLINGS, { key: 'hectares', name: 'Luas lahan', type: 'decimal', rollup: 'sum' }], reason: 'Tambah luas.' }),
      409,
      'directives.metrics_locked',
    );
    assert.match(added.detail ?? '', /Ditambah: hectares/);
    const retyped = problem(await patch(kakanwil, d.id, { metrics: [{ ...SEEDLINGS, type: 'decimal' }], reason: 'Jenis.' }), 409, 'directives.metrics_locked');
    assert.match(retyped.detail ?? '', /diubah: seedlings/);
    problem(await patch(kakanwil, d.id, { metrics: [], reason: 'Hapus metrik.' }), 409, 'directives.metrics_locked');
    const verifiedBy = problem(await patch(kakanwil, d.id, { verifiedBy: 'hq', reason: 'Pusat memverifikasi.' }), 409, 'directives.not_amendable');
    assert.match(verifiedBy.detail ?? '', /verifiedBy/);
    assert.deepEqual(await versionsOf(kakanwil, d.id), [], 'nothing refused left a version');
  });

  test('drafts are edited freely, without versions', async () => {
    const draft = await createDraft(kakanwil);
    const lpp = await unitByName(t, LPP);
    const res = await patch(kakanwil, draft.id, { target: { mode: 'list', unitIds: [lpp.id] }, metrics: [], recurrence: { kind: 'weekly', weekday: 1, count: 4 } });
    assert.equal(res.statusCode, 200, res.body);
    const edited = res.json() as Directive;
    assert.deepEqual([edited.status, edited.target.mode, edited.metrics.length, edited.windowCount], ['draft', 'list', 0, 4]);
    assert.deepEqual(await versionsOf(kakanwil, draft.id), []);
  });
});

describe('moving the due of a recurring directive', () => {
  test('recomputes each window of the assignments not yet verified, in each unit\'s zone, and names the units to tell', async () => {
    now = new Date('2025-09-01T00:00:00Z');
    const [lpp, abepura] = await Promise.all([unitByName(t, LPP), unitByName(t, ABEPURA)]);
    const d = await issueDirective(dirjen, {
      target: { mode: 'list', unitIds: [lpp.id, abepura.id] },
      due: { local: '2025-09-03T10:00', zone: 'unit' },
      recurrence: { kind: 'weekly', weekday: 1, count: 2 },
    });
    const mine = await assignmentsOf(operator, `directiveId=${d.id}&window=1`);
    const report = await submitOk(operator, mine.items[0]?.id ?? '', { seedlings: 10 });
    assert.equal((await decide(verifier, report.id, 'verified')).statusCode, 200);

    const me = (await (await t.as('dirjen')).get(`${API}/me`)).json() as Me;
    const loaded = await loadPrincipal(t.database.db, me.user.id, me.position.id);
    assert.ok(loaded);
    const principal: Principal = { ...loaded, via: 'session', sessionId: null, csrfToken: null, requestId: null };
    const service = createDirectivesService({ db: t.database.db, audit: createAudit({ clock: () => now }), clock: () => now });
    const result = await service.update(principal, d.id, { due: { local: '2025-09-03T14:00', zone: 'unit' }, reason: 'Apel dimundurkan ke siang hari.' });
    assert.equal(result.directive.due.local, '2025-09-03T14:00');
    assert.deepEqual(result.affectedUnitIds, [lpp.id, abepura.id].sort(), 'LPP still has window 2 open');

    const page: AssignmentPage = await assignmentsOf(dirjen, `directiveId=${d.id}&window=all&role=follow_up`);
    const rows = page.items.map((a) => [a.unitName, a.windowNo, a.status, a.windowStart, a.dueAt]).sort();
    assert.deepEqual(rows, [
      [ABEPURA, 1, 'belum_dimulai', '2025-09-01T00:00:00.000Z', '2025-09-08T05:00:00.000Z'],
      [ABEPURA, 2, 'belum_dimulai', '2025-09-08T05:00:00.000Z', '2025-09-15T05:00:00.000Z'],
      [LPP, 1, 'terverifikasi', '2025-09-01T00:00:00.000Z', '2025-09-08T03:00:00.000Z'],
      [LPP, 2, 'belum_dimulai', '2025-09-08T07:00:00.000Z', '2025-09-15T07:00:00.000Z'],
    ]);
    const kanwilRows = await assignmentsOf(dirjen, `directiveId=${d.id}&window=2&role=verify`);
    assert.deepEqual(kanwilRows.items.map((a) => a.dueAt).sort(), ['2025-09-15T05:00:00.000Z', '2025-09-15T07:00:00.000Z']);
    const [version] = await versionsOf(dirjen, d.id);
    assert.deepEqual(version?.changes.due, { before: { local: '2025-09-03T10:00', zone: 'unit' }, after: { local: '2025-09-03T14:00', zone: 'unit' } });
  });
});

describe('who may amend and see versions', () => {
  test('a viewer and a verifier get 403, a leader below the issuer 403, another Kanwil 404; an admin may amend', async () => {
    const d = await bantenDirective();
    const body = { title: 'Judul baru arahan Banten', reason: 'Perubahan judul.' };
    problem(await patch(viewer, d.id, body), 403);
    problem(await patch(verifier, d.id, body), 403);
    problem(await patch(await t.as('kalapas.lpp.tangerang'), d.id, body), 403, 'forbidden');
    problem(await patch(otherKanwilLeader, d.id, body), 404, 'directives.not_found');
    problem(await otherKanwilLeader.get(`${API}/directives/${d.id}/versions`), 404, 'directives.not_found');
    problem(await dirjen.patch(`${API}/directives/01900000-0000-7000-8000-000000000000`, body), 404, 'directives.not_found');
    assert.equal((await patch(admin, d.id, body)).statusCode, 200);
    assert.equal((await patch(dirjen, d.id, { ...body, title: 'Judul dari Ditjenpas', reason: 'Arahan pusat.' })).statusCode, 200);
    assert.deepEqual((await versionsOf(viewer, d.id)).map((v) => v.versionNo), [2, 3]);
  });

  test('abilities tell the UI who may amend an issued directive', async () => {
    const d = await bantenDirective();
    const amendOf = async (c: Client) => ((await c.get(`${API}/directives/${d.id}`)).json() as Directive).abilities.amend;
    assert.deepEqual(await Promise.all([kakanwil, dirjen, admin, viewer, verifier, operator].map(amendOf)), [true, true, true, false, false, false]);
    const draft = await createDraft(kakanwil, directiveBody());
    assert.deepEqual((await (await kakanwil.get(`${API}/directives/${draft.id}`)).json() as Directive).abilities, { issue: true, edit: true, amend: false });
  });
});
