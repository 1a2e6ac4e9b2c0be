import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { ListSalesQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from '../programmes/index.js';
import { productionBatches, products } from '../products/index.js';
import { premiLedger, saleItems, sales } from './cooperative.table.js';

export type SaleRow = typeof sales.$inferSelect;
type SaleWithUnit = SaleRow & { unitName: string; itemCount: number };

const itemCountOf = () => sql<number>`(select count(*) from ${saleItems} where ${saleItems.saleId} = ${sales.id})::int`;
const withUnit = () => ({ sale: sales, unitName: orgUnits.name, itemCount: itemCountOf() });
const flatten = (r: { sale: SaleRow; unitName: string; itemCount: number }): SaleWithUnit => ({ ...r.sale, unitName: r.unitName, itemCount: Number(r.itemCount) });

function listFilter(scopePath: string, f: ListSalesQuery): SQL | undefined {
  return and(
    withinPath(sales.unitPath, scopePath),
    f.unitId ? eq(sales.unitId, f.unitId) : undefined,
    f.from ? gte(sales.soldOn, f.from) : undefined,
    f.to ? lte(sales.soldOn, f.to) : undefined,
    f.channel ? eq(sales.channel, f.channel) : undefined,
  );
}

export async function listSales(db: Db, scopePath: string, query: ListSalesQuery) {
  const where = listFilter(scopePath, query);
  const rows = await db
    .select(withUnit())
    .from(sales)
    .innerJoin(orgUnits, eq(orgUnits.id, sales.unitId))
    .where(where)
    .orderBy(desc(sales.soldOn), desc(sales.createdAt))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(sales).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

export async function findSaleInScope(db: Db, scopePath: string, id: string): Promise<SaleWithUnit | null> {
  const [row] = await db
    .select(withUnit())
    .from(sales)
    .innerJoin(orgUnits, eq(orgUnits.id, sales.unitId))
    .where(and(eq(sales.id, id), withinPath(sales.unitPath, scopePath)));
  return row ? flatten(row) : null;
}

export async function findByClientId(db: Db, clientId: string): Promise<SaleRow | null> {
  const [row] = await db.select().from(sales).where(eq(sales.clientId, clientId));
  return row ?? null;
}

export async function listItems(db: Db, saleId: string) {
  return db
    .select({
      batchId: saleItems.batchId,
      productId: saleItems.productId,
      productName: products.name,
      unitOfSale: products.unitOfSale,
      producedOn: productionBatches.producedOn,
      quantity: saleItems.quantity,
      unitPriceRupiah: saleItems.unitPriceRupiah,
      amountRupiah: saleItems.amountRupiah,
    })
    .from(saleItems)
    .innerJoin(products, eq(products.id, saleItems.productId))
    .innerJoin(productionBatches, eq(productionBatches.id, saleItems.batchId))
    .where(eq(saleItems.saleId, saleId))
    .orderBy(asc(saleItems.id));
}

/** The premi a sale credited, per inmate. */
export async function creditsOfSale(db: Db, saleId: string) {
  const rows = await db
    .select({ inmateId: premiLedger.inmateId, pseudonym: inmates.pseudonym, rupiah: sql<number>`sum(${premiLedger.amountRupiah})::bigint` })
    .from(premiLedger)
    .innerJoin(inmates, eq(inmates.id, premiLedger.inmateId))
    .where(and(eq(premiLedger.saleId, saleId), eq(premiLedger.kind, 'penjualan')))
    .groupBy(premiLedger.inmateId, inmates.pseudonym)
    .orderBy(asc(inmates.pseudonym));
  return rows.map((r) => ({ ...r, rupiah: Number(r.rupiah) }));
}

export async function insertSale(db: Db, values: typeof sales.$inferInsert): Promise<SaleRow> {
  const [row] = await db.insert(sales).values(values).returning();
  if (!row) throw new Error('sale insert returned nothing');
  return row;
}

export async function insertItems(db: Db, values: (typeof saleItems.$inferInsert)[]): Promise<void> {
  await db.insert(saleItems).values(values);
}

export async function insertLedger(db: Db, values: (typeof premiLedger.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(premiLedger).values(values);
}

export async function findUnitInScope(db: Db, scopePath: string, unitId: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), withinPath(orgUnits.path, scopePath)));
  return row ?? null;
}
