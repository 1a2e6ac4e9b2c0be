import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Payout, PremiLedger, PremiList, Sale } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { premiPayouts } from './cooperative.table.js';
import { NOW, saleBody, seedSellableBatch, type SellableBatch } from './sales.test-kit.js';

const API = '/api/v1';
let t: TestApp;
let officer: Client;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  officer = await t.as('koperasi.lpp.tangerang');
});
after(async () => t.close());

async function ledgerOf(inmateId: string, by = officer): Promise<PremiLedger> {
  const res = await by.get(`${API}/premi/${inmateId}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as PremiLedger;
}

async function sell(batch: SellableBatch, quantity: number, price: number): Promise<Sale> {
  const res = await officer.post(`${API}/sales`, saleBody(batch.batchId, quantity, price));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Sale;
}

const payout = (amountRupiah: number, method = 'tabungan_bank') => ({ amountRupiah, method, accountReference: '1234-5678-9012', paidOn: '2026-03-10' });

describe('premi ledger', () => {
  test('credits of all sales add up to the premi of those sales, and the balance is credits minus payouts', async () => {
    const batch = await seedSellableBatch(t.database.db, { amounts: [3, 2, 2] });
    const sales = [await sell(batch, 3, 9_999), await sell(batch, 1, 7), await sell(batch, 11, 12_345)];
    const premiOfSales = sales.reduce((sum, s) => sum + s.premiRupiah, 0);
    const ledgers = await Promise.all(batch.workers.map((w) => ledgerOf(w.inmateId)));
    assert.equal(ledgers.reduce((sum, l) => sum + l.inmate.creditedRupiah, 0), premiOfSales, 'no rupiah lost');
    const [first] = batch.workers;
    assert.ok(first);
    const before = await ledgerOf(first.inmateId);
    const res = await officer.post(`${API}/premi/${first.inmateId}/payouts`, payout(1_000));
    assert.equal(res.statusCode, 201, res.body);
    const after = await ledgerOf(first.inmateId);
    assert.equal(after.inmate.paidRupiah, 1_000);
    assert.equal(after.inmate.balanceRupiah, before.inmate.creditedRupiah - 1_000);
    assert.equal(after.entries.at(-1)?.runningBalanceRupiah, after.inmate.balanceRupiah);
    assert.equal(after.entries.at(-1)?.kind, 'pembayaran');
    const list = (await officer.get(`${API}/premi?limit=500`)).json() as PremiList;
    const row = list.items.find((i) => i.inmateId === first.inmateId);
    assert.deepEqual([row?.creditedRupiah, row?.paidRupiah, row?.balanceRupiah], [after.inmate.creditedRupiah, 1_000, after.inmate.balanceRupiah]);
    assert.equal(row?.name, null, 'pseudonyms only');
  });

  test('the account number is kept masked to its last four digits', async () => {
    const batch = await seedSellableBatch(t.database.db, { amounts: [1] });
    await sell(batch, 1, 10_000);
    const inmateId = batch.workers[0]?.inmateId ?? '';
    const res = await officer.post(`${API}/premi/${inmateId}/payouts`, { ...payout(100), method: 'kartu_uang_elektronik', accountReference: '6032 9841 2233 4455' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal((res.json() as Payout).accountReference, '•••• 4455');
    const [stored] = await t.database.db.select().from(premiPayouts).where(eq(premiPayouts.inmateId, inmateId));
    assert.equal(stored?.accountReference, '•••• 4455');
    assert.doesNotMatch(JSON.stringify(await ledgerOf(inmateId)), /6032/);
  });

  test('a payout above the balance is refused with 409 and changes nothing', async () => {
    const batch = await seedSellableBatch(t.database.db, { amounts: [1] });
    await sell(batch, 1, 10_000);
    const inmateId = batch.workers[0]?.inmateId ?? '';
    const res = await officer.post(`${API}/premi/${inmateId}/payouts`, payout(3_501));
    assert.equal(res.statusCode, 409, res.body);
    assert.equal((await ledgerOf(inmateId)).inmate.balanceRupiah, 3_500);
  });

  test('cash is refused with a message that premi is paid cashless', async () => {
    const batch = await seedSellableBatch(t.database.db, { amounts: [1] });
    await sell(batch, 1, 10_000);
    for (const method of ['tunai', 'cash']) {
      const res = await officer.post(`${API}/premi/${batch.workers[0]?.inmateId ?? ''}/payouts`, payout(100, method));
      assert.equal(res.statusCode, 422, res.body);
      assert.match(res.body, /nontunai/);
    }
  });

  test('two payouts racing for one balance: only one is paid, the balance never goes below zero', async () => {
    const batch = await seedSellableBatch(t.database.db, { amounts: [1] });
    await sell(batch, 1, 10_000);
    const inmateId = batch.workers[0]?.inmateId ?? '';
    const other = await t.as('kalapas.lpp.tangerang');
    const results = await Promise.all([officer.post(`${API}/premi/${inmateId}/payouts`, payout(2_000)), other.post(`${API}/premi/${inmateId}/payouts`, payout(2_000))]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409]);
    assert.equal((await ledgerOf(inmateId)).inmate.balanceRupiah, 1_500);
  });

  test('names only with inmates:names and names=true; a cooperative officer may not ask', async () => {
    assert.equal((await officer.get(`${API}/premi?names=true`)).statusCode, 403);
    const leader = await t.as('kalapas.lpp.tangerang');
    const res = await leader.get(`${API}/premi?names=true&limit=500`);
    assert.equal(res.statusCode, 200, res.body);
    const list = res.json() as PremiList;
    assert.ok(list.namesShown && list.items.every((i) => typeof i.name === 'string'));
  });
});
