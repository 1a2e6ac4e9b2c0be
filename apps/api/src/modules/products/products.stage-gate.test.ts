import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { Product, StageRequest, StageRequestPage } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { notifications } from '../../platform/notify/notify.table.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { users } from '../users/index.js';
import {
  PRODUCTS,
  STAGE_REQUESTS,
  createProduct,
  problem,
  productOf,
  readyForDevelopment,
  readyForMarket,
  requestStage,
  signedIn,
} from './products.test-kit.js';

const TODAY = '2026-03-10';
let t: TestApp;
let officer: Client;
let kakanwil: Client;
let kalapas: Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  const as = signedIn(t);
  officer = await as('koperasi.lpp.tangerang');
  kakanwil = await as('kakanwil.banten');
  kalapas = await as('kalapas.lpp.tangerang');
});
after(async () => t.close());

async function inboxOf(username: string, link: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ title: notifications.title })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(and(eq(users.username, username), eq(notifications.link, link)));
  return rows.map((r) => r.title);
}

async function auditActions(productId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, productId));
  return rows.map((r) => r.action);
}

describe('stage gate', () => {
  test('a new product starts at uji coba and shows the unmet checklist for pengembangan', async () => {
    const p = await createProduct(officer);
    assert.equal(p.stage, 'uji_coba');
    assert.equal(p.nextStage, 'pengembangan');
    assert.deepEqual(
      p.checklist.map((i) => [i.code, i.met]),
      [
        ['harga', false],
        ['produksi', false],
        ['pelatihan', false],
      ],
    );
    assert.equal(p.abilities.requestAdvance, false);
    const res = await officer.post(`${PRODUCTS}/${p.id}/stage-requests`, { toStage: 'pengembangan' });
    const body = problem(res, 409, 'products.checklist_unmet');
    assert.match(body.detail ?? '', /harga pokok dan harga jual/);
  });

  test('only the next stage may be asked for', async () => {
    const p = await createProduct(officer);
    problem(
      await officer.post(`${PRODUCTS}/${p.id}/stage-requests`, { toStage: 'siap_pasar' }),
      409,
      'products.not_next_stage',
    );
  });

  test('cannot reach siap pasar without the checklist; with it complete the Kanwil approval moves the stage', async () => {
    let p = await createProduct(officer);
    p = await readyForDevelopment(t, officer, p, TODAY);
    assert.equal(p.abilities.requestAdvance, true);
    const first = await requestStage(officer, p.id, 'pengembangan');
    assert.equal((await kakanwil.post(`${STAGE_REQUESTS}/${first.id}/approve`)).statusCode, 200);
    p = await productOf(officer, p.id);
    assert.equal(p.stage, 'pengembangan');

    const refused = problem(
      await officer.post(`${PRODUCTS}/${p.id}/stage-requests`, { toStage: 'siap_pasar' }),
      409,
      'products.checklist_unmet',
    );
    assert.match(refused.detail ?? '', /Sertifikat halal/);
    assert.match(refused.detail ?? '', /kemasan dan label/);
    const unmet = (refused as unknown as { unmet: { code: string }[] }).unmet.map((i) => i.code).sort();
    assert.deepEqual(unmet, ['izin', 'kemasan_label', 'produksi_stabil_4', 'saluran']);

    p = await readyForMarket(t, officer, p, TODAY);
    assert.ok(
      p.checklist.every((i) => i.met),
      JSON.stringify(p.checklist),
    );
    const request = await requestStage(officer, p.id, 'siap_pasar');
    assert.equal(request.status, 'diajukan');
    problem(
      await officer.post(`${PRODUCTS}/${p.id}/stage-requests`, { toStage: 'siap_pasar' }),
      409,
      'products.stage_request_open',
    );
    assert.deepEqual(await inboxOf('kanwil.banten', '/produk/persetujuan'), [
      `Pengajuan naik tahap: ${p.name}`,
      `Pengajuan naik tahap: ${p.name}`,
    ]);

    const queue = (await kakanwil.get(`${STAGE_REQUESTS}?status=diajukan`)).json() as StageRequestPage;
    const queued = queue.items.find((r) => r.id === request.id);
    assert.ok(queued);
    assert.equal(queued.abilities.approve, true);
    assert.equal((await productOf(kakanwil, p.id)).abilities.approve, true);

    const approved = (await kakanwil.post(`${STAGE_REQUESTS}/${request.id}/approve`)).json() as StageRequest;
    assert.equal(approved.status, 'disetujui');
    assert.equal(approved.decidedBy !== null, true);
    const after = await productOf(officer, p.id);
    assert.equal(after.stage, 'siap_pasar');
    assert.equal(after.openRequest, null);
    assert.equal(after.nextStage, 'unggulan');
    assert.deepEqual(await inboxOf('koperasi.lpp.tangerang', `/produk/${p.id}`), [
      `Pengajuan ${p.name} disetujui`,
      `Pengajuan ${p.name} disetujui`,
    ]);
    const actions = await auditActions(p.id);
    assert.equal(actions.filter((a) => a === 'products.stage_approved').length, 2);
    assert.equal(actions.filter((a) => a === 'products.stage_requested').length, 2);
  });

  test('approval re-evaluates the checklist: a permit removed after the request blocks it', async () => {
    let p = await createProduct(officer, { name: 'Kopi robusta', category: 'minuman' });
    p = await readyForDevelopment(t, officer, p, TODAY);
    await kakanwil.post(`${STAGE_REQUESTS}/${(await requestStage(officer, p.id, 'pengembangan')).id}/approve`);
    p = await readyForMarket(t, officer, await productOf(officer, p.id), TODAY);
    const request = await requestStage(officer, p.id, 'siap_pasar');
    const halal = p.permits.find((x) => x.kind === 'halal');
    assert.ok(halal);
    assert.equal((await officer.delete(`${PRODUCTS}/${p.id}/permits/${halal.id}`)).statusCode, 204);
    problem(await kakanwil.post(`${STAGE_REQUESTS}/${request.id}/approve`), 409, 'products.checklist_unmet');
    assert.equal((await productOf(officer, p.id)).stage, 'pengembangan');
  });

  test('the Kanwil returns a request with a reason; the unit sees it and the stage stays', async () => {
    let p = await createProduct(officer, { name: 'Batik tulis', category: 'tekstil' });
    p = await readyForDevelopment(t, officer, p, TODAY);
    const request = await requestStage(officer, p.id, 'pengembangan');
    problem(await kakanwil.post(`${STAGE_REQUESTS}/${request.id}/return`, { reason: 'kurang' }), 400);
    const res = await kakanwil.post(`${STAGE_REQUESTS}/${request.id}/return`, {
      reason: 'Foto produk dan rincian biaya belum jelas.',
    });
    assert.equal(res.statusCode, 200, res.body);
    const product = await productOf(officer, p.id);
    assert.equal(product.stage, 'uji_coba');
    assert.equal(product.openRequest, null);
    assert.equal(product.lastDecision?.status, 'dikembalikan');
    assert.equal(product.lastDecision?.reason, 'Foto produk dan rincian biaya belum jelas.');
    assert.equal(product.abilities.requestAdvance, true, 'the unit may ask again');
    problem(await kakanwil.post(`${STAGE_REQUESTS}/${request.id}/approve`), 409, 'products.stage_request_decided');
    assert.ok((await auditActions(p.id)).includes('products.stage_returned'));
  });

  test('a UPT never approves its own request, even its leader', async () => {
    let p: Product = await createProduct(officer, { name: 'Sandal hotel', category: 'kerajinan' });
    p = await readyForDevelopment(t, officer, p, TODAY);
    const request = await requestStage(kalapas, p.id, 'pengembangan');
    assert.equal(request.abilities.approve, false);
    problem(await kalapas.post(`${STAGE_REQUESTS}/${request.id}/approve`), 403);
    problem(
      await kalapas.post(`${STAGE_REQUESTS}/${request.id}/return`, { reason: 'Dikembalikan sendiri oleh unit.' }),
      403,
    );
    problem(await officer.post(`${STAGE_REQUESTS}/${request.id}/approve`), 403);
    assert.equal((await productOf(officer, p.id)).stage, 'uji_coba');
  });
});
