import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ListBatchesQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from '../programmes/index.js';
import { saleItems } from '../cooperative/index.js';
import { batchWorkers, productionBatches, products } from './products.table.js';

export type BatchRow = typeof productionBatches.$inferSelect;

/** Pieces of a batch already sold (built lazily: the sales tables import this module's tables). */
const soldOf = () => sql<number>`coalesce((select sum(${saleItems.quantity}) from ${saleItems} where ${saleItems.batchId} = ${productionBatches.id}), 0)::int`;
const workerCountOf = () => sql<number>`(select count(*) from ${batchWorkers} where ${batchWorkers.batchId} = ${productionBatches.id})::int`;

const batchColumns = () => ({
  batch: productionBatches,
  productName: products.name,
  unitOfSale: products.unitOfSale,
  unitName: orgUnits.name,
  sold: soldOf(),
  workerCount: workerCountOf(),
});
export type BatchWithStock = BatchRow & { productName: string; unitOfSale: string; unitName: string; sold: number; workerCount: number };
const flatten = (r: { batch: BatchRow; productName: string; unitOfSale: string; unitName: string; sold: number; workerCount: number }): BatchWithStock => ({
  ...r.batch,
  productName: r.productName,
  unitOfSale: r.unitOfSale,
  unitName: r.unitName,
  sold: Number(r.sold),
  workerCount: Number(r.workerCount),
});

function listFilter(scopePath: string, f: ListBatchesQuery): SQL | undefined {
  return and(
    withinPath(productionBatches.unitPath, scopePath),
    f.productId ? eq(productionBatches.productId, f.productId) : undefined,
    f.unitId ? eq(productionBatches.unitId, f.unitId) : undefined,
  );
}

export async function listBatches(db: Db, scopePath: string, query: ListBatchesQuery) {
  const where = listFilter(scopePath, query);
  const rows = await db
    .select(batchColumns())
    .from(productionBatches)
    .innerJoin(products, eq(products.id, productionBatches.productId))
    .innerJoin(orgUnits, eq(orgUnits.id, productionBatches.unitId))
    .where(where)
    .orderBy(desc(productionBatches.producedOn), desc(productionBatches.createdAt))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(productionBatches).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

export async function findBatchInScope(db: Db, scopePath: string, id: string): Promise<BatchWithStock | null> {
  const [row] = await db
    .select(batchColumns())
    .from(productionBatches)
    .innerJoin(products, eq(products.id, productionBatches.productId))
    .innerJoin(orgUnits, eq(orgUnits.id, productionBatches.unitId))
    .where(and(eq(productionBatches.id, id), withinPath(productionBatches.unitPath, scopePath)));
  return row ? flatten(row) : null;
}

/** The batches among `ids` in scope with their stock, for a sale form or a sale. */
export async function findBatchesInScope(db: Db, scopePath: string, ids: readonly string[]): Promise<BatchWithStock[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(batchColumns())
    .from(productionBatches)
    .innerJoin(products, eq(products.id, productionBatches.productId))
    .innerJoin(orgUnits, eq(orgUnits.id, productionBatches.unitId))
    .where(and(inArray(productionBatches.id, [...ids]), withinPath(productionBatches.unitPath, scopePath)));
  return rows.map(flatten);
}

/** Locks the batch rows (in id order, so two sales never deadlock) until the transaction ends. */
export async function lockBatches(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .select({ id: productionBatches.id })
    .from(productionBatches)
    .where(inArray(productionBatches.id, [...ids]))
    .orderBy(asc(productionBatches.id))
    .for('update');
}

export type WorkerRow = { batchId: string; inmateId: string; amount: number; pseudonym: string; registrationNumber: string; name: string };

export async function listWorkers(db: Db, batchIds: readonly string[]): Promise<WorkerRow[]> {
  if (batchIds.length === 0) return [];
  return db
    .select({
      batchId: batchWorkers.batchId,
      inmateId: batchWorkers.inmateId,
      amount: batchWorkers.amount,
      pseudonym: inmates.pseudonym,
      registrationNumber: inmates.registrationNumber,
      name: inmates.name,
    })
    .from(batchWorkers)
    .innerJoin(inmates, eq(inmates.id, batchWorkers.inmateId))
    .where(inArray(batchWorkers.batchId, [...batchIds]))
    .orderBy(asc(inmates.registrationNumber));
}

export async function findProductInScope(db: Db, scopePath: string, id: string) {
  const [row] = await db
    .select({ product: products, unitName: orgUnits.name, timezone: orgUnits.timezone })
    .from(products)
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .where(and(eq(products.id, id), withinPath(products.unitPath, scopePath)));
  return row ?? null;
}

export async function findInmates(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: inmates.id, unitId: inmates.unitId, entryDate: inmates.entryDate, exitDate: inmates.exitDate, pseudonym: inmates.pseudonym })
    .from(inmates)
    .where(inArray(inmates.id, [...ids]));
}

export async function insertBatch(db: Db, values: typeof productionBatches.$inferInsert, workers: { inmateId: string; amount: number }[]): Promise<BatchRow> {
  const [row] = await db.insert(productionBatches).values(values).returning();
  if (!row) throw new Error('batch insert returned nothing');
  await db.insert(batchWorkers).values(workers.map((w) => ({ batchId: row.id, inmateId: w.inmateId, amount: w.amount })));
  return row;
}

/** Non-archived products of a unit with the batches that still have stock, oldest batch first. */
export async function listSellable(db: Db, unitId: string) {
  const rows = await db
    .select({ product: products, batchId: productionBatches.id, producedOn: productionBatches.producedOn, quantity: productionBatches.quantity, sold: soldOf() })
    .from(products)
    .innerJoin(productionBatches, eq(productionBatches.productId, products.id))
    .where(and(eq(products.unitId, unitId), eq(products.archived, false)))
    .orderBy(asc(products.name), asc(productionBatches.producedOn));
  return rows.map((r) => ({ ...r, remaining: r.quantity - Number(r.sold) })).filter((r) => r.remaining > 0);
}

/** The unit's products that are not archived, and its inmates active today, for the batch form. */
export async function productionOptions(db: Db, unitId: string, today: string) {
  const productRows = await db
    .select({ id: products.id, name: products.name, unitOfSale: products.unitOfSale })
    .from(products)
    .where(and(eq(products.unitId, unitId), eq(products.archived, false)))
    .orderBy(asc(products.name));
  const inmateRows = await db
    .select({ id: inmates.id, pseudonym: inmates.pseudonym, registrationNumber: inmates.registrationNumber })
    .from(inmates)
    .where(and(eq(inmates.unitId, unitId), eq(inmates.status, 'aktif'), sql`${inmates.entryDate} <= ${today}`))
    .orderBy(asc(inmates.registrationNumber));
  return { products: productRows, inmates: inmateRows };
}

export async function findUnitInScope(db: Db, scopePath: string, unitId: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), withinPath(orgUnits.path, scopePath)));
  return row ?? null;
}
