// Helpers shared by the products module's route tests.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Product, StageRequest } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { users } from '../users/index.js';
import { saleItems, sales, splitRules } from '../cooperative/index.js';
import { productionBatches } from './products.table.js';
import { addDays } from './readiness.js';

export { problem } from '../../test/problem.js';
export { signedIn } from '../../test/app.js';

export const PRODUCTS = '/api/v1/products';
export const STAGE_REQUESTS = '/api/v1/stage-requests';
export const LPP = 'lapas-perempuan-kelas-iia-tangerang';
export const CIPINANG = 'lapas-kelas-i-cipinang';

export async function unitCoded(t: TestApp, code: string) {
  const [unit] = await t.database.db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.code, code));
  assert.ok(unit, `unit "${code}" is seeded`);
  return unit;
}

/** A valid product body; tests override what they are about. */
export function productBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Keripik singkong',
    category: 'makanan',
    description: 'Keripik singkong pedas manis.',
    unitOfSale: 'bungkus',
    ...overrides,
  };
}

export async function createProduct(by: Client, overrides: Record<string, unknown> = {}): Promise<Product> {
  const res = await by.post(PRODUCTS, productBody(overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Product;
}

export async function productOf(by: Client, id: string): Promise<Product> {
  const res = await by.get(`${PRODUCTS}/${id}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Product;
}

export async function patchProduct(by: Client, id: string, body: Record<string, unknown>): Promise<Product> {
  const res = await by.patch(`${PRODUCTS}/${id}`, body);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Product;
}

async function userId(t: TestApp): Promise<string> {
  const [row] = await t.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'koperasi.lpp.tangerang'));
  assert.ok(row);
  return row.id;
}

/** Inserts production batches of a product straight into the table, one on each given date. */
export async function addBatches(t: TestApp, product: Product, dates: string[]): Promise<string[]> {
  const unit = await t.database.db
    .select({ path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.id, product.unit.id));
  const recordedByUserId = await userId(t);
  const ids: string[] = [];
  for (const producedOn of dates) {
    const [row] = await t.database.db
      .insert(productionBatches)
      .values({
        productId: product.id,
        unitId: product.unit.id,
        unitPath: unit[0]?.path ?? '',
        producedOn,
        quantity: 20,
        workBasis: 'potong',
        recordedByUserId,
      })
      .returning({ id: productionBatches.id });
    assert.ok(row);
    ids.push(row.id);
  }
  return ids;
}

/** Inserts one sale of the product (from the given batch) on each date. */
export async function addSales(t: TestApp, product: Product, batchId: string, dates: string[]): Promise<void> {
  const db = t.database.db;
  const [rule] = await db.select({ id: splitRules.id }).from(splitRules).limit(1);
  assert.ok(rule, 'a split rule is seeded');
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, product.unit.id));
  const recordedByUserId = await userId(t);
  for (const soldOn of dates) {
    const [sale] = await db
      .insert(sales)
      .values({
        unitId: product.unit.id,
        unitPath: unit?.path ?? '',
        soldOn,
        channel: 'koperasi',
        totalRupiah: 10_000,
        splitRuleId: rule.id,
        pnbpRupiah: 5_000,
        premiRupiah: 3_500,
        capitalRupiah: 1_500,
        recordedByUserId,
      })
      .returning({ id: sales.id });
    assert.ok(sale);
    await db
      .insert(saleItems)
      .values({
        saleId: sale.id,
        productId: product.id,
        batchId,
        quantity: 1,
        unitPriceRupiah: 10_000,
        amountRupiah: 10_000,
      });
  }
}

/** Dates one per week for `weeks` weeks ending `today`. */
export function weekly(today: string, weeks: number): string[] {
  return Array.from({ length: weeks }, (_, i) => addDays(today, -7 * i - 1));
}

/** Makes a product meet the checklist for pengembangan (price, cost, a batch, a trained inmate). */
export async function readyForDevelopment(t: TestApp, by: Client, product: Product, today: string): Promise<Product> {
  await addBatches(t, product, [addDays(today, -3)]);
  return patchProduct(by, product.id, { priceRupiah: 15_000, costRupiah: 9_000, inmatesTrained: 4 });
}

/** Makes a food product meet the checklist for siap pasar on `today`. */
export async function readyForMarket(t: TestApp, by: Client, product: Product, today: string): Promise<Product> {
  await addBatches(t, product, weekly(today, 4));
  for (const kind of ['halal', 'pirt'] as const) {
    const res = await by.post(`${PRODUCTS}/${product.id}/permits`, {
      kind,
      number: `${kind.toUpperCase()}-0001`,
      issuedOn: addDays(today, -30),
      expiresOn: addDays(today, 700),
    });
    assert.equal(res.statusCode, 201, res.body);
  }
  return patchProduct(by, product.id, { packagingReady: true, labelReady: true, salesChannels: ['koperasi'] });
}

export async function requestStage(by: Client, productId: string, toStage: string): Promise<StageRequest> {
  const res = await by.post(`${PRODUCTS}/${productId}/stage-requests`, { toStage });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as StageRequest;
}
