import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from '../programmes/index.js';
import { batchWorkers, productionBatches, products } from '../products/index.js';

/** 09.00 WIB on 10 March 2026: "today" for the units' dates. */
export const NOW = new Date('2026-03-10T02:00:00Z');
export const TODAY = '2026-03-10';
export const LPP_TANGERANG = 'lapas-perempuan-kelas-iia-tangerang';
export const CIPINANG = 'lapas-kelas-i-cipinang';
const SOMEONE = '01900000-0000-7000-8000-00000000abcd';

export type SeededUnit = { id: string; path: string };

export async function unitByCode(db: Db, code: string): Promise<SeededUnit> {
  const [row] = await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!row) throw new Error(`unit ${code} is not in the seed`);
  return row;
}

let serial = 0;
/** An active inmate of `unit` who entered on 1 January 2025. */
export async function insertInmate(db: Db, unit: SeededUnit, overrides: Partial<typeof inmates.$inferInsert> = {}) {
  serial += 1;
  const tag = `${Date.now().toString(36)}${serial}`.toUpperCase();
  const [row] = await db
    .insert(inmates)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      registrationNumber: `PR.${tag}`,
      name: `Warga Produksi ${serial}`,
      pseudonym: `WB-T${tag}`.slice(0, 16),
      sex: 'P',
      birthYear: 1990,
      category: 'narapidana',
      status: 'aktif',
      entryDate: '2025-01-01',
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('inmate insert returned nothing');
  return row;
}

export async function insertProduct(db: Db, unit: SeededUnit, overrides: Partial<typeof products.$inferInsert> = {}) {
  serial += 1;
  const [row] = await db
    .insert(products)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      name: `Roti Uji ${serial}`,
      category: 'makanan',
      description: 'Roti manis buatan dapur lapas',
      unitOfSale: 'bungkus',
      priceRupiah: 15_000,
      createdByUserId: SOMEONE,
      createdAt: new Date('2025-06-01T00:00:00Z'),
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('product insert returned nothing');
  return row;
}

export type SellableBatch = { productId: string; productName: string; batchId: string; workers: { inmateId: string; pseudonym: string; amount: number }[] };

/**
 * A product of the unit with one batch made by fresh inmates (their pieces or hours as given), ready to be sold.
 * Inserted directly: products and batches have their own forms elsewhere.
 */
export async function seedSellableBatch(
  db: Db,
  opts: { unitCode?: string; quantity?: number; amounts?: number[]; producedOn?: string; productName?: string; priceRupiah?: number } = {},
): Promise<SellableBatch> {
  const unit = await unitByCode(db, opts.unitCode ?? LPP_TANGERANG);
  const product = await insertProduct(db, unit, { ...(opts.productName ? { name: opts.productName } : {}), priceRupiah: opts.priceRupiah ?? 15_000 });
  const [batch] = await db
    .insert(productionBatches)
    .values({
      productId: product.id,
      unitId: unit.id,
      unitPath: unit.path,
      producedOn: opts.producedOn ?? '2026-03-01',
      quantity: opts.quantity ?? 100,
      workBasis: 'potong',
      recordedByUserId: SOMEONE,
    })
    .returning();
  if (!batch) throw new Error('batch insert returned nothing');
  const workers = [];
  for (const amount of opts.amounts ?? [60, 40]) {
    const inmate = await insertInmate(db, unit);
    await db.insert(batchWorkers).values({ batchId: batch.id, inmateId: inmate.id, amount });
    workers.push({ inmateId: inmate.id, pseudonym: inmate.pseudonym, amount });
  }
  return { productId: product.id, productName: product.name, batchId: batch.id, workers };
}

/** A valid sale body for `quantity` pieces of a batch. */
export function saleBody(batchId: string, quantity: number, unitPriceRupiah = 15_000, overrides: Record<string, unknown> = {}) {
  return { clientId: randomUUID(), soldOn: TODAY, channel: 'koperasi', items: [{ batchId, quantity, unitPriceRupiah }], ...overrides };
}
