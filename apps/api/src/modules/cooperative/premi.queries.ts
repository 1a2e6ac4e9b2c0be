import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from '../programmes/index.js';
import { batchWorkers, productionBatches, products } from '../products/index.js';
import { premiLedger, premiPayouts } from './cooperative.table.js';

const creditedOf = () =>
  sql<number>`(select coalesce(sum(${premiLedger.amountRupiah}), 0) from ${premiLedger} where ${premiLedger.inmateId} = ${inmates.id} and ${premiLedger.kind} = 'penjualan')::bigint`;
const paidOf = () =>
  sql<number>`(select coalesce(-sum(${premiLedger.amountRupiah}), 0) from ${premiLedger} where ${premiLedger.inmateId} = ${inmates.id} and ${premiLedger.kind} = 'pembayaran')::bigint`;
/** Inmates with a premi account: those who made a batch or were ever credited. */
const hasAccount = () =>
  or(
    sql`exists (select 1 from ${premiLedger} where ${premiLedger.inmateId} = ${inmates.id})`,
    sql`exists (select 1 from ${batchWorkers} where ${batchWorkers.inmateId} = ${inmates.id})`,
  );

const balanceColumns = () => ({
  inmateId: inmates.id,
  unitId: inmates.unitId,
  unitPath: inmates.unitPath,
  pseudonym: inmates.pseudonym,
  registrationNumber: inmates.registrationNumber,
  name: inmates.name,
  unitName: orgUnits.name,
  credited: creditedOf(),
  paid: paidOf(),
});
type RawBalance = { inmateId: string; unitId: string; unitPath: string; pseudonym: string; registrationNumber: string; name: string; unitName: string; credited: number; paid: number };
export type BalanceRow = RawBalance & { balance: number };
const toNumbers = (r: RawBalance): BalanceRow => ({ ...r, credited: Number(r.credited), paid: Number(r.paid), balance: Number(r.credited) - Number(r.paid) });

export async function listBalances(db: Db, scopePath: string, f: { unitId?: string; limit: number; offset: number }) {
  const where: SQL | undefined = and(withinPath(inmates.unitPath, scopePath), f.unitId ? eq(inmates.unitId, f.unitId) : undefined, hasAccount());
  const rows = await db
    .select(balanceColumns())
    .from(inmates)
    .innerJoin(orgUnits, eq(orgUnits.id, inmates.unitId))
    .where(where)
    .orderBy(asc(orgUnits.name), asc(inmates.registrationNumber))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db.select({ n: count() }).from(inmates).where(where);
  return { items: rows.map(toNumbers), total: total?.n ?? 0 };
}

export async function findBalanceInScope(db: Db, scopePath: string, inmateId: string): Promise<BalanceRow | null> {
  const [row] = await db
    .select(balanceColumns())
    .from(inmates)
    .innerJoin(orgUnits, eq(orgUnits.id, inmates.unitId))
    .where(and(eq(inmates.id, inmateId), withinPath(inmates.unitPath, scopePath)));
  return row ? toNumbers(row) : null;
}

/** An inmate's ledger, oldest first, with the product of each credit and the method of each payout. */
export async function listEntries(db: Db, inmateId: string) {
  const rows = await db
    .select({
      id: premiLedger.id,
      kind: premiLedger.kind,
      occurredOn: premiLedger.occurredOn,
      amountRupiah: premiLedger.amountRupiah,
      saleId: premiLedger.saleId,
      productName: products.name,
      method: premiPayouts.method,
      accountReference: premiPayouts.accountReference,
    })
    .from(premiLedger)
    .leftJoin(productionBatches, eq(productionBatches.id, premiLedger.batchId))
    .leftJoin(products, eq(products.id, productionBatches.productId))
    .leftJoin(premiPayouts, eq(premiPayouts.id, premiLedger.payoutId))
    .where(eq(premiLedger.inmateId, inmateId))
    .orderBy(asc(premiLedger.occurredOn), asc(premiLedger.createdAt), asc(premiLedger.id));
  return rows.map((r) => ({ ...r, amountRupiah: Number(r.amountRupiah) }));
}

/** Locks the inmate's row so that two payouts are checked against the balance one after the other. */
export async function lockInmate(db: Db, inmateId: string): Promise<void> {
  await db.select({ id: inmates.id }).from(inmates).where(eq(inmates.id, inmateId)).for('update');
}

export async function balanceOf(db: Db, inmateId: string): Promise<number> {
  const [row] = await db
    .select({ sum: sql<number>`coalesce(sum(${premiLedger.amountRupiah}), 0)::bigint` })
    .from(premiLedger)
    .where(eq(premiLedger.inmateId, inmateId));
  return Number(row?.sum ?? 0);
}

export async function insertPayout(db: Db, values: typeof premiPayouts.$inferInsert) {
  const [row] = await db.insert(premiPayouts).values(values).returning();
  if (!row) throw new Error('payout insert returned nothing');
  await db.insert(premiLedger).values({
    inmateId: row.inmateId,
    unitPath: row.unitPath,
    kind: 'pembayaran',
    amountRupiah: -row.amountRupiah,
    payoutId: row.id,
    occurredOn: row.paidOn,
  });
  return row;
}
