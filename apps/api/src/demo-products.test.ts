import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { MARKET_STAGES, type CataloguePage } from '@selaras/contracts';
import type { Database } from './platform/db/index.js';
import { createTestDb } from './test/db.js';
import { seedDemoProgrammes } from './demo-programmes.js';
import { seedDemoProducts } from './demo-products.js';
import { batchWorkers, createCatalogueService, productionBatches, productPermits, products } from './modules/products/index.js';
import { cooperativePreorders, cooperativePrices, cooperatives, pnbpDeposits, premiLedger, premiPayouts, saleItems, sales, salesTargets } from './modules/cooperative/index.js';
import { orgUnits } from './modules/org-units/index.js';
import { evaluate } from './modules/products/readiness.facts.js';

const NOW = new Date('2026-03-10T02:00:00Z');
let database: Database;
let filesRoot: string;

before(async () => {
  database = await createTestDb();
  filesRoot = mkdtempSync(path.join(tmpdir(), 'selaras-demo-products-'));
  await seedDemoProgrammes(database.db, { now: NOW });
  await seedDemoProducts(database.db, { now: NOW, filesRoot, principalOf: () => Promise.reject(new Error('no field accounts in the test seed')) });
});
after(async () => {
  await database.close();
  rmSync(filesRoot, { recursive: true, force: true });
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

test('every sale splits exactly into PNBP, premi and capital, and its items add up to its total', async () => {
  const db = database.db;
  const all = await db.select().from(sales);
  assert.ok(all.length > 50, `three months of sales (${all.length})`);
  const items = await db.select().from(saleItems);
  for (const s of all) {
    assert.equal(s.pnbpRupiah + s.premiRupiah + s.capitalRupiah, s.totalRupiah, s.id);
    assert.ok(Math.abs(s.pnbpRupiah * 2 - s.totalRupiah) <= 2, 'half goes to PNBP under the default rule');
    assert.equal(sum(items.filter((i) => i.saleId === s.id).map((i) => i.amountRupiah)), s.totalRupiah);
  }
  assert.ok(new Set(all.map((s) => s.channel)).size >= 4, 'sold across channels');
  assert.ok(all.every((s) => s.buyer === null || !/\b(Bu|Pak|Ibu|Bapak)\b/.test(s.buyer)), 'buyers are businesses or exhibitions');
});

test('the premi ledger balances: credits equal each sale premi, payouts never exceed a balance', async () => {
  const db = database.db;
  const [all, ledger, payouts] = await Promise.all([db.select().from(sales), db.select().from(premiLedger), db.select().from(premiPayouts)]);
  for (const s of all) {
    const credits = ledger.filter((l) => l.saleId === s.id);
    assert.ok(credits.every((c) => c.kind === 'penjualan' && c.batchId !== null && c.amountRupiah > 0));
    assert.equal(sum(credits.map((c) => c.amountRupiah)), s.premiRupiah, `premi of sale ${s.id}`);
  }
  assert.ok(payouts.length > 0, 'some cashless payouts');
  for (const p of payouts) {
    const debit = ledger.filter((l) => l.payoutId === p.id);
    assert.deepEqual(debit.map((d) => [d.kind, d.amountRupiah, d.inmateId]), [['pembayaran', -p.amountRupiah, p.inmateId]]);
  }
  const balance = new Map<string, number>();
  for (const l of ledger) balance.set(l.inmateId, (balance.get(l.inmateId) ?? 0) + l.amountRupiah);
  assert.ok([...balance.values()].every((b) => b >= 0), 'no balance below zero');
  assert.equal(sum(ledger.map((l) => l.amountRupiah)), sum(all.map((s) => s.premiRupiah)) - sum(payouts.map((p) => p.amountRupiah)));
});

test('never more sold than a batch made; each batch has 2 to 6 workers of its own unit', async () => {
  const db = database.db;
  const batches = await db.select().from(productionBatches);
  const items = await db.select().from(saleItems);
  const workers = await db.select().from(batchWorkers);
  for (const b of batches) {
    assert.ok(sum(items.filter((i) => i.batchId === b.id).map((i) => i.quantity)) <= b.quantity, b.id);
    const n = workers.filter((w) => w.batchId === b.id).length;
    assert.ok(n >= 2 && n <= 6, `batch ${b.id} has ${n} workers`);
  }
});

test('the catalogue shows the market-ready products only; Pati has a halal certificate expiring within 30 days', async () => {
  const db = database.db;
  const catalogue = createCatalogueService({ db, clock: () => NOW, notify: async () => ({ inserted: [] }), publicCopy: async () => Buffer.alloc(0) });
  const page: CataloguePage = await catalogue.list({ page: 1 });
  const market = await db.select({ name: products.name, stage: products.stage }).from(products).orderBy(asc(products.name));
  assert.deepEqual(page.items.map((i) => i.name).sort(), market.filter((p) => MARKET_STAGES.includes(p.stage)).map((p) => p.name));
  assert.ok(page.items.some((i) => i.name === 'Roti Halal Lapas Pati'), 'the Pati bakery is in the catalogue');
  assert.ok(!page.items.some((i) => i.name === 'Lele Segar' || i.name === 'Sayur Hidroponik'));
  const [halal] = await db
    .select({ expiresOn: productPermits.expiresOn })
    .from(productPermits)
    .innerJoin(products, eq(products.id, productPermits.productId))
    .where(eq(productPermits.kind, 'halal'))
    .orderBy(asc(productPermits.expiresOn));
  assert.ok(halal?.expiresOn && halal.expiresOn > '2026-03-10' && halal.expiresOn <= '2026-04-09', `soonest halal expiry ${halal?.expiresOn}`);
});

test('cooperatives at three stages, weekly pre-orders with one late and one missing, a price above market, deposits and targets', async () => {
  const db = database.db;
  const coops = await db.select({ status: cooperatives.status }).from(cooperatives);
  assert.deepEqual(coops.map((c) => c.status).sort(), ['akta_terbit', 'belum_terdaftar', 'berbadan_hukum']);
  const [lpp] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'lapas-perempuan-kelas-iia-tangerang'));
  assert.ok(lpp);
  const pos = await db.select().from(cooperativePreorders).where(eq(cooperativePreorders.unitId, lpp.id));
  assert.equal(pos.length, 7, 'eight weeks, one missing');
  assert.equal(pos.filter((p) => p.timeliness === 'terlambat').length, 1);
  const prices = await db.select().from(cooperativePrices);
  assert.equal(prices.filter((p) => p.marketPriceRupiah !== null && p.priceRupiah > p.marketPriceRupiah).length, 1);
  const deposits = await db.select().from(pnbpDeposits);
  assert.ok(deposits.length > 0 && deposits.every((d) => /^\d{15}$/.test(d.billingCode)), 'billing codes of 15 digits');
  assert.ok((await db.select().from(salesTargets)).length > 10, 'targets for the UPTs of Banten, DKI and Jawa Tengah');
});

test('every demo product past trial meets the checklist of the stage it is shown at', async () => {
  const rows = await database.db.select().from(products);
  const staged = rows.filter((p) => p.stage !== 'uji_coba');
  assert.ok(staged.length >= 6, `products past trial (${staged.length})`);
  for (const product of staged) {
    const { items } = await evaluate(database.db, product, '2026-03-10', product.stage);
    assert.deepEqual(
      items.filter((i) => !i.met).map((i) => `${i.code}: ${i.detail}`),
      [],
      `${product.name} at ${product.stage}`,
    );
  }
});
