import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { CIPINANG, LPP_TANGERANG, NOW, insertInmate, insertProduct, saleBody, seedSellableBatch, unitByCode, type SellableBatch } from './sales.test-kit.js';

/**
 * Who may do what with the production, sales and premi of Lapas Perempuan Tangerang (a Banten UPT): its cooperative
 * officer and operator, the Banten Kanwil leader, the HQ leader, an operator of a DKI Jakarta UPT and HQ's viewer.
 */
type Actor = 'own unit cooperative officer' | 'other unit operator' | 'Kanwil leader' | 'HQ leader' | 'HQ viewer' | 'own unit operator';
const ACCOUNTS: Record<Actor, string> = {
  'own unit cooperative officer': 'koperasi.lpp.tangerang',
  'other unit operator': 'operator.lapas.cipinang',
  'Kanwil leader': 'kakanwil.banten',
  'HQ leader': 'dirjen',
  'HQ viewer': 'humas.ditjenpas',
  'own unit operator': 'operator.lpp.tangerang',
};

type Action = 'create batch' | 'record sale' | 'pay premi' | 'read premi' | 'read sale';
const EXPECTED: Record<Action, Record<Actor, number>> = {
  'create batch': { 'own unit cooperative officer': 201, 'other unit operator': 403, 'Kanwil leader': 201, 'HQ leader': 201, 'HQ viewer': 403, 'own unit operator': 403 },
  'record sale': { 'own unit cooperative officer': 201, 'other unit operator': 403, 'Kanwil leader': 201, 'HQ leader': 201, 'HQ viewer': 403, 'own unit operator': 403 },
  'pay premi': { 'own unit cooperative officer': 201, 'other unit operator': 403, 'Kanwil leader': 201, 'HQ leader': 201, 'HQ viewer': 403, 'own unit operator': 403 },
  'read premi': { 'own unit cooperative officer': 200, 'other unit operator': 404, 'Kanwil leader': 200, 'HQ leader': 200, 'HQ viewer': 200, 'own unit operator': 200 },
  'read sale': { 'own unit cooperative officer': 200, 'other unit operator': 404, 'Kanwil leader': 200, 'HQ leader': 200, 'HQ viewer': 200, 'own unit operator': 200 },
};

const API = '/api/v1';
let t: TestApp;
let batch: SellableBatch;
let productId: string;
let workerId: string;
let saleId: string;
const clients = new Map<Actor, Client>();

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await t.as(ACCOUNTS[actor]));
  const unit = await unitByCode(t.database.db, LPP_TANGERANG);
  productId = (await insertProduct(t.database.db, unit)).id;
  workerId = (await insertInmate(t.database.db, unit)).id;
  batch = await seedSellableBatch(t.database.db, { quantity: 1000, amounts: [1] });
  const first = await (clients.get('own unit cooperative officer') as Client).post(`${API}/sales`, saleBody(batch.batchId, 100, 10_000));
  assert.equal(first.statusCode, 201, first.body);
  saleId = (first.json() as { id: string }).id;
});
after(async () => t.close());

const ACT: Record<Action, (by: Client) => Promise<number>> = {
  'create batch': async (by) =>
    (await by.post(`${API}/production-batches`, { productId, producedOn: '2026-03-09', quantity: 5, workBasis: 'potong', workers: [{ inmateId: workerId, amount: 5 }] })).statusCode,
  'record sale': async (by) => (await by.post(`${API}/sales`, saleBody(batch.batchId, 1))).statusCode,
  'pay premi': async (by) =>
    (await by.post(`${API}/premi/${batch.workers[0]?.inmateId ?? ''}/payouts`, { amountRupiah: 10, method: 'tabungan_bank', accountReference: '0011223344', paidOn: '2026-03-10' })).statusCode,
  'read premi': async (by) => (await by.get(`${API}/premi/${batch.workers[0]?.inmateId ?? ''}`)).statusCode,
  'read sale': async (by) => (await by.get(`${API}/sales/${saleId}`)).statusCode,
};

describe('production, sales and premi scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](clients.get(actor) as Client), expected);
      });
    }
  }

  test('the Banten Kanwil leader on a batch, an inmate and a product of a DKI UPT: 404 everywhere', async () => {
    const leader = clients.get('Kanwil leader') as Client;
    const cipinang = await seedSellableBatch(t.database.db, { unitCode: CIPINANG, amounts: [1] });
    const inmateId = cipinang.workers[0]?.inmateId ?? '';
    assert.equal((await leader.post(`${API}/sales`, saleBody(cipinang.batchId, 1))).statusCode, 404);
    assert.equal((await leader.get(`${API}/production-batches/${cipinang.batchId}`)).statusCode, 404);
    assert.equal((await leader.get(`${API}/premi/${inmateId}`)).statusCode, 404);
    const payout = { amountRupiah: 1, method: 'tabungan_bank', accountReference: '0011223344', paidOn: '2026-03-10' };
    assert.equal((await leader.post(`${API}/premi/${inmateId}/payouts`, payout)).statusCode, 404);
    const body = { productId: cipinang.productId, producedOn: '2026-03-09', quantity: 1, workBasis: 'potong', workers: [{ inmateId, amount: 1 }] };
    assert.equal((await leader.post(`${API}/production-batches`, body)).statusCode, 404);
  });

  test('lists hold only what is in scope: the DKI operator sees no Tangerang premi', async () => {
    const res = await (clients.get('other unit operator') as Client).get(`${API}/premi?limit=500`);
    assert.equal(res.statusCode, 200);
    assert.ok(!(res.json() as { items: { inmateId: string }[] }).items.some((i) => i.inmateId === batch.workers[0]?.inmateId));
  });
});
