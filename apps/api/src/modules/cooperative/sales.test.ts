import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { BatchDetail, Sale, SaleList, SaleOptions, SplitRuleHistory } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { premiLedger } from './cooperative.table.js';
import { CIPINANG, LPP_TANGERANG, NOW, TODAY, insertInmate, insertProduct, saleBody, seedSellableBatch, unitByCode } from './sales.test-kit.js';

const API = '/api/v1';
let t: TestApp;
let officer: Client;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  officer = await t.as('koperasi.lpp.tangerang');
});
after(async () => t.close());

describe('production batches', () => {
  test('a batch of a unit product by two of its inmates is recorded with its full stock', async () => {
    const unit = await unitByCode(t.database.db, LPP_TANGERANG);
    const product = await insertProduct(t.database.db, unit);
    const [a, b] = [await insertInmate(t.database.db, unit), await insertInmate(t.database.db, unit)];
    const res = await officer.post(`${API}/production-batches`, {
      productId: product.id,
      producedOn: '2026-03-09',
      quantity: 40,
      workBasis: 'jam',
      workers: [
        { inmateId: a.id, amount: 6 },
        { inmateId: b.id, amount: 2.5 },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const batch = res.json() as BatchDetail;
    assert.equal(batch.remaining, 40);
    assert.deepEqual(batch.workers.map((w) => w.name), [null, null]);
    const list = (await officer.get(`${API}/production-batches?productId=${product.id}`)).json() as { items: { id: string }[] };
    assert.deepEqual(list.items.map((i) => i.id), [batch.id]);
  });

  test('workers from another unit, not yet in, or gone before the day are refused, one message each', async () => {
    const unit = await unitByCode(t.database.db, LPP_TANGERANG);
    const other = await unitByCode(t.database.db, CIPINANG);
    const product = await insertProduct(t.database.db, unit);
    const stranger = await insertInmate(t.database.db, other);
    const late = await insertInmate(t.database.db, unit, { entryDate: '2026-03-05' });
    const gone = await insertInmate(t.database.db, unit, { status: 'bebas', exitDate: '2026-02-01' });
    const fine = await insertInmate(t.database.db, unit);
    const res = await officer.post(`${API}/production-batches`, {
      productId: product.id,
      producedOn: '2026-03-01',
      quantity: 10,
      workBasis: 'potong',
      workers: [stranger, late, gone, fine].map((i) => ({ inmateId: i.id, amount: 1 })),
    });
    assert.equal(res.statusCode, 422, res.body);
    const problem = res.json() as { errors: { path: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.path), ['body.workers.0.inmateId', 'body.workers.1.inmateId', 'body.workers.2.inmateId']);
  });

  test('a production day in the future or long before the product existed is refused; the same inmate twice too', async () => {
    const unit = await unitByCode(t.database.db, LPP_TANGERANG);
    const product = await insertProduct(t.database.db, unit);
    const inmate = await insertInmate(t.database.db, unit, { entryDate: '2020-01-01' });
    const body = (producedOn: string, workers = [{ inmateId: inmate.id, amount: 1 }]) => ({ productId: product.id, producedOn, quantity: 1, workBasis: 'potong', workers });
    assert.equal((await officer.post(`${API}/production-batches`, body('2026-03-11'))).statusCode, 422);
    assert.equal((await officer.post(`${API}/production-batches`, body('2024-05-31'))).statusCode, 422);
    assert.equal((await officer.post(`${API}/production-batches`, body('2024-06-01'))).statusCode, 201);
    const twice = [{ inmateId: inmate.id, amount: 1 }, { inmateId: inmate.id, amount: 2 }];
    assert.equal((await officer.post(`${API}/production-batches`, body('2026-03-01', twice))).statusCode, 422);
  });
});

describe('sales', () => {
  test('a sale splits its total 50/35/15 and credits the premi to the makers by their pieces', async () => {
    const batch = await seedSellableBatch(t.database.db, { amounts: [60, 40] });
    const res = await officer.post(`${API}/sales`, saleBody(batch.batchId, 7, 14_999, { channel: 'pameran', buyer: 'IPPAFest' }));
    assert.equal(res.statusCode, 201, res.body);
    const sale = res.json() as Sale;
    assert.equal(sale.totalRupiah, 104_993);
    assert.equal(sale.pnbpRupiah + sale.premiRupiah + sale.capitalRupiah, sale.totalRupiah);
    assert.deepEqual([sale.pnbpRupiah, sale.premiRupiah, sale.capitalRupiah], [52_496, 36_748, 15_749]);
    const credited = Object.fromEntries(sale.credits.map((c) => [c.pseudonym, c.rupiah]));
    const [first, second] = batch.workers;
    assert.deepEqual(credited, { [first?.pseudonym ?? '']: 22_049, [second?.pseudonym ?? '']: 14_699 });
    const options = (await officer.get(`${API}/sale-options`)).json() as SaleOptions;
    const left = options.products.find((p) => p.id === batch.productId)?.batches[0]?.remaining;
    assert.equal(left, 93);
  });

  test('the same clientId twice records one sale: the second answer is 200 with the first sale', async () => {
    const batch = await seedSellableBatch(t.database.db);
    const body = saleBody(batch.batchId, 3);
    const first = await officer.post(`${API}/sales`, body);
    const again = await officer.post(`${API}/sales`, body);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal((again.json() as Sale).id, (first.json() as Sale).id);
    const rows = await t.database.db.select().from(premiLedger).where(eq(premiLedger.batchId, batch.batchId));
    assert.equal(rows.length, 2, 'credited once');
    const leader = await t.as('kalapas.lpp.tangerang');
    assert.equal((await leader.post(`${API}/sales`, body)).statusCode, 409, 'another user cannot claim the same clientId');
  });

  test('an Idempotency-Key replays the first answer: one sale, one set of credits', async () => {
    const batch = await seedSellableBatch(t.database.db, { quantity: 10 });
    const headers = { 'idempotency-key': `sale-${batch.batchId}` };
    const body = saleBody(batch.batchId, 4);
    const first = await officer.post(`${API}/sales`, body, { headers });
    const again = await officer.post(`${API}/sales`, body, { headers });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(again.statusCode, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const stock = (await officer.get(`${API}/production-batches/${batch.batchId}`)).json() as BatchDetail;
    assert.equal(stock.remaining, 6, 'sold once');
  });

  test('a sold-out batch leaves the sale form; its workers are shown by pseudonym, names only when allowed and recorded', async () => {
    const batch = await seedSellableBatch(t.database.db, { quantity: 2 });
    assert.equal((await officer.post(`${API}/sales`, saleBody(batch.batchId, 2))).statusCode, 201);
    const options = (await officer.get(`${API}/sale-options`)).json() as SaleOptions;
    assert.ok(!options.products.some((p) => p.id === batch.productId), 'nothing left to sell');
    assert.equal((await officer.get(`${API}/production-batches/${batch.batchId}?names=true`)).statusCode, 403);
    const leader = await t.as('kalapas.lpp.tangerang');
    const named = (await leader.get(`${API}/production-batches/${batch.batchId}?names=true`)).json() as BatchDetail;
    assert.ok(named.namesShown && named.workers.every((w) => typeof w.name === 'string'));
    const admin = await t.as('admin');
    const audit = (await admin.get(`${API}/audit-events?action=batches.names_read&limit=50`)).json() as { items: { subjectId: string }[] };
    assert.ok(audit.items.some((e) => e.subjectId === batch.batchId), 'the names read is in the audit log');
  });

  test('two sales racing for the last pieces never oversell: one is recorded, the other gets 409 naming the product', async () => {
    const batch = await seedSellableBatch(t.database.db, { quantity: 5, productName: 'Keripik Rebutan' });
    const other = await t.as('koperasi.lpp.tangerang');
    const results = await Promise.all([officer.post(`${API}/sales`, saleBody(batch.batchId, 4)), other.post(`${API}/sales`, saleBody(batch.batchId, 3))]);
    const codes = results.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [201, 409]);
    const refused = results.find((r) => r.statusCode === 409);
    assert.match(refused?.body ?? '', /Keripik Rebutan/);
    const batches = (await officer.get(`${API}/production-batches/${batch.batchId}`)).json() as BatchDetail;
    assert.ok(batches.remaining >= 0 && batches.sold <= 5);
  });

  test('a sale of more than is left, in the future, too old, or over two units is refused', async () => {
    const batch = await seedSellableBatch(t.database.db, { quantity: 2 });
    const otherUnit = await seedSellableBatch(t.database.db, { unitCode: CIPINANG });
    assert.equal((await officer.post(`${API}/sales`, saleBody(batch.batchId, 3))).statusCode, 409);
    assert.equal((await officer.post(`${API}/sales`, saleBody(batch.batchId, 1, 1000, { soldOn: '2026-03-11' }))).statusCode, 422);
    assert.equal((await officer.post(`${API}/sales`, saleBody(batch.batchId, 1, 1000, { soldOn: '2025-12-09' }))).statusCode, 422);
    assert.equal((await officer.post(`${API}/sales`, saleBody(otherUnit.batchId, 1))).statusCode, 404, 'a batch outside scope is not found');
    const admin = await t.as('admin');
    const mixed = { ...saleBody(batch.batchId, 1), items: [{ batchId: batch.batchId, quantity: 1, unitPriceRupiah: 1000 }, { batchId: otherUnit.batchId, quantity: 1, unitPriceRupiah: 1000 }] };
    assert.equal((await admin.post(`${API}/sales`, mixed)).statusCode, 422);
  });

  test('the list filters by channel and dates within scope', async () => {
    const batch = await seedSellableBatch(t.database.db);
    await officer.post(`${API}/sales`, saleBody(batch.batchId, 1, 5_000, { channel: 'online', soldOn: '2026-03-02' }));
    const online = (await officer.get(`${API}/sales?channel=online&from=2026-03-01&to=2026-03-03`)).json() as SaleList;
    assert.ok(online.items.length >= 1 && online.items.every((s) => s.channel === 'online' && s.soldOn === '2026-03-02'));
    const cipinang = (await (await t.as('operator.lapas.cipinang')).get(`${API}/sales?channel=online`)).json() as SaleList;
    assert.equal(cipinang.items.length, 0);
  });
});

describe('split rule history', () => {
  test('a new rule applies from its moment; a sale dated before it keeps the old rule', async () => {
    const admin = await t.as('admin');
    const past = await admin.post(`${API}/proceeds-split-rules`, { pnbpBasisPoints: 5000, premiBasisPoints: 1500, capitalBasisPoints: 3500, effectiveFrom: '2026-03-01T00:00:00+07:00', basis: 'Sumber kedua' });
    assert.equal(past.statusCode, 422, 'never in the past');
    const bad = await admin.post(`${API}/proceeds-split-rules`, { pnbpBasisPoints: 5000, premiBasisPoints: 1500, capitalBasisPoints: 3000, effectiveFrom: '2026-03-11T00:00:00+07:00', basis: 'Tidak genap' });
    assert.equal(bad.statusCode, 400, 'must sum to 100% (checked by the schema)');
    const tomorrow = await admin.post(`${API}/proceeds-split-rules`, { pnbpBasisPoints: 5000, premiBasisPoints: 1500, capitalBasisPoints: 3500, effectiveFrom: '2026-03-11T00:00:00+07:00', basis: 'Sumber kedua: 50/15/35' });
    assert.equal(tomorrow.statusCode, 201, tomorrow.body);
    assert.equal((await officer.post(`${API}/proceeds-split-rules`, { pnbpBasisPoints: 5000, premiBasisPoints: 1500, capitalBasisPoints: 3500, effectiveFrom: '2026-03-12T00:00:00+07:00', basis: 'x y z w' })).statusCode, 403);
    const history = (await officer.get(`${API}/proceeds-split-rules`)).json() as SplitRuleHistory;
    assert.equal(history.current?.premiBasisPoints, 3500, 'today the old rule is still in force');
    assert.equal(history.items[0]?.premiBasisPoints, 1500);

    const batch = await seedSellableBatch(t.database.db);
    const today = (await officer.post(`${API}/sales`, saleBody(batch.batchId, 10, 10_000))).json() as Sale;
    assert.equal(today.premiRupiah, 35_000, 'before the change: 35%');
  });

  test('once the new rule is in force, a late entry for the day before still uses the old one', async () => {
    let now = NOW;
    const t2 = await buildTestApp({ clock: () => now });
    try {
      const admin = await t2.as('admin');
      const created = await admin.post(`${API}/proceeds-split-rules`, { pnbpBasisPoints: 5000, premiBasisPoints: 1500, capitalBasisPoints: 3500, effectiveFrom: '2026-03-11T00:00:00+07:00', basis: 'Sumber kedua: 50/15/35' });
      assert.equal(created.statusCode, 201, created.body);
      now = new Date('2026-03-11T03:00:00Z');
      const officer2 = await t2.as('koperasi.lpp.tangerang');
      const batch = await seedSellableBatch(t2.database.db);
      const dayBefore = (await officer2.post(`${API}/sales`, saleBody(batch.batchId, 10, 10_000, { soldOn: TODAY }))).json() as Sale;
      const onDay = (await officer2.post(`${API}/sales`, saleBody(batch.batchId, 10, 10_000, { soldOn: '2026-03-11', clientId: randomUUID() }))).json() as Sale;
      assert.equal(dayBefore.premiRupiah, 35_000, 'a sale of the day before keeps 35%');
      assert.equal(onDay.premiRupiah, 15_000, 'a sale on the new day takes 15%');
      assert.notEqual(dayBefore.rule.id, onDay.rule.id);
    } finally {
      await t2.close();
    }
  });
});
