import { and, count, desc, eq, gte, sql, type SQL } from 'drizzle-orm';
import type { ListProductsQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { containsText, withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { saleItems, sales } from '../cooperative/index.js';
import { productionBatches, products } from './products.table.js';

export type ProductRow = typeof products.$inferSelect;
export type ProductInsert = typeof products.$inferInsert;
export type UnitRef = {
  id: string;
  kind: string;
  path: string;
  name: string;
  timezone: string;
  kanwilId: string | null;
  parentId: string | null;
};
export type ProductView = { product: ProductRow; unit: UnitRef };

const unitColumns = {
  id: orgUnits.id,
  kind: orgUnits.kind,
  path: orgUnits.path,
  name: orgUnits.name,
  timezone: orgUnits.timezone,
  kanwilId: orgUnits.kanwilId,
  parentId: orgUnits.parentId,
};

export async function findUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

function listWhere(scopePath: string, f: ListProductsQuery): SQL | undefined {
  return and(
    withinPath(products.unitPath, scopePath),
    f.unitId ? eq(products.unitId, f.unitId) : undefined,
    f.stage ? eq(products.stage, f.stage) : undefined,
    f.category ? eq(products.category, f.category) : undefined,
    f.q ? containsText(products.name, f.q) : undefined,
    f.archived === 'true' ? eq(products.archived, true) : eq(products.archived, false),
  );
}

/** A page of the caller's products (archived ones only when asked), newest first. */
export async function listProducts(
  db: Db,
  scopePath: string,
  f: ListProductsQuery,
): Promise<{ rows: ProductView[]; total: number }> {
  const where = listWhere(scopePath, f);
  const rows = await db
    .select({ product: products, unit: unitColumns })
    .from(products)
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .where(where)
    .orderBy(desc(products.updatedAt), desc(products.id))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db.select({ n: count() }).from(products).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findProductView(db: Db, scopePath: string, id: string): Promise<ProductView | null> {
  const [row] = await db
    .select({ product: products, unit: unitColumns })
    .from(products)
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .where(and(eq(products.id, id), withinPath(products.unitPath, scopePath)));
  return row ?? null;
}

/** The product row locked for a write (stage moves and requests are decided under this lock). */
export async function lockProduct(tx: Db, scopePath: string, id: string): Promise<ProductRow | null> {
  const [row] = await tx
    .select()
    .from(products)
    .where(and(eq(products.id, id), withinPath(products.unitPath, scopePath)))
    .for('update');
  return row ?? null;
}

export async function insertProduct(tx: Db, values: ProductInsert): Promise<ProductRow> {
  const [row] = await tx.insert(products).values(values).returning();
  if (!row) throw new Error('product insert returned nothing');
  return row;
}

export async function updateProduct(tx: Db, id: string, values: Partial<ProductInsert>): Promise<void> {
  await tx.update(products).set(values).where(eq(products.id, id));
}

/** Production and sales dates of a product since `since` (YYYY-MM-DD), and its batch count overall. */
export async function activityOf(
  db: Db,
  productId: string,
  since: string,
): Promise<{ batchCount: number; batchDates: string[]; saleDates: string[] }> {
  const [batches] = await db
    .select({ n: count() })
    .from(productionBatches)
    .where(eq(productionBatches.productId, productId));
  const batchRows = await db
    .selectDistinct({ on: productionBatches.producedOn })
    .from(productionBatches)
    .where(and(eq(productionBatches.productId, productId), gte(productionBatches.producedOn, since)));
  const saleRows = await db
    .selectDistinct({ on: sales.soldOn })
    .from(sales)
    .innerJoin(saleItems, eq(saleItems.saleId, sales.id))
    .where(and(eq(saleItems.productId, productId), gte(sales.soldOn, since), sql`${saleItems.quantity} > 0`));
  return {
    batchCount: Number(batches?.n ?? 0),
    batchDates: batchRows.map((r) => r.on),
    saleDates: saleRows.map((r) => r.on),
  };
}
