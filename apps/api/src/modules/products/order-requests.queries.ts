import { and, count, desc, eq } from 'drizzle-orm';
import type { ListOrderRequestsQuery, OrderRequestStatus } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { orderRequests, products } from './products.table.js';

export type OrderRequestRow = typeof orderRequests.$inferSelect;
export type OrderRequestView = OrderRequestRow & { productName: string; unitOfSale: string; unitName: string; unitTimezone: string };

const viewColumns = {
  id: orderRequests.id,
  productId: orderRequests.productId,
  unitId: orderRequests.unitId,
  unitPath: orderRequests.unitPath,
  buyerName: orderRequests.buyerName,
  contact: orderRequests.contact,
  quantity: orderRequests.quantity,
  message: orderRequests.message,
  status: orderRequests.status,
  handledByUserId: orderRequests.handledByUserId,
  createdAt: orderRequests.createdAt,
  updatedAt: orderRequests.updatedAt,
  productName: products.name,
  unitOfSale: products.unitOfSale,
  unitName: orgUnits.name,
  unitTimezone: orgUnits.timezone,
};

export async function insertOrderRequest(tx: Db, values: typeof orderRequests.$inferInsert): Promise<OrderRequestRow> {
  const [row] = await tx.insert(orderRequests).values(values).returning();
  if (!row) throw new Error('order request insert returned nothing');
  return row;
}

/** The requests of the caller's subtree, newest first. */
export async function listOrderRequests(db: Db, scopePath: string, f: ListOrderRequestsQuery): Promise<{ rows: OrderRequestView[]; total: number }> {
  const where = and(withinPath(orderRequests.unitPath, scopePath), f.status ? eq(orderRequests.status, f.status) : undefined);
  const [rows, totals] = await Promise.all([
    db
      .select(viewColumns)
      .from(orderRequests)
      .innerJoin(products, eq(products.id, orderRequests.productId))
      .innerJoin(orgUnits, eq(orgUnits.id, orderRequests.unitId))
      .where(where)
      .orderBy(desc(orderRequests.createdAt), desc(orderRequests.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(orderRequests).where(where),
  ]);
  return { rows, total: Number(totals[0]?.n ?? 0) };
}

export async function findOrderRequestView(db: Db, scopePath: string, id: string): Promise<OrderRequestView | null> {
  const [row] = await db
    .select(viewColumns)
    .from(orderRequests)
    .innerJoin(products, eq(products.id, orderRequests.productId))
    .innerJoin(orgUnits, eq(orgUnits.id, orderRequests.unitId))
    .where(and(eq(orderRequests.id, id), withinPath(orderRequests.unitPath, scopePath)));
  return row ?? null;
}

/** The request locked for a status change, when in the caller's subtree. */
export async function lockOrderRequest(tx: Db, scopePath: string, id: string): Promise<OrderRequestRow | null> {
  const [row] = await tx
    .select()
    .from(orderRequests)
    .where(and(eq(orderRequests.id, id), withinPath(orderRequests.unitPath, scopePath)))
    .for('update');
  return row ?? null;
}

export async function setStatus(tx: Db, id: string, status: OrderRequestStatus, userId: string, now: Date): Promise<void> {
  await tx.update(orderRequests).set({ status, handledByUserId: userId, updatedAt: now }).where(eq(orderRequests.id, id));
}
