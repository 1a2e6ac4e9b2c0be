import { and, count, desc, eq, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListStageRequestsQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { users } from '../users/index.js';
import { products, productStageRequests } from './products.table.js';

export type StageRequestRow = typeof productStageRequests.$inferSelect;
export type StageRequestInsert = typeof productStageRequests.$inferInsert;
export type StageRequestView = {
  request: StageRequestRow;
  productName: string;
  unitId: string;
  unitName: string;
  requestedBy: string | null;
  decidedBy: string | null;
};

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

function selectViews(db: Db, where: SQL | undefined) {
  return db
    .select({
      request: productStageRequests,
      productName: products.name,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      requestedBy: requester.name,
      decidedBy: decider.name,
    })
    .from(productStageRequests)
    .innerJoin(products, eq(products.id, productStageRequests.productId))
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .leftJoin(requester, eq(requester.id, productStageRequests.requestedByUserId))
    .leftJoin(decider, eq(decider.id, productStageRequests.decidedByUserId))
    .where(where);
}

/** Requests of the caller's subtree, newest first. */
export async function listRequests(
  db: Db,
  scopePath: string,
  f: ListStageRequestsQuery,
): Promise<{ rows: StageRequestView[]; total: number }> {
  const where = and(
    withinPath(productStageRequests.unitPath, scopePath),
    f.status ? eq(productStageRequests.status, f.status) : undefined,
    f.productId ? eq(productStageRequests.productId, f.productId) : undefined,
  );
  const rows = await selectViews(db, where)
    .orderBy(desc(productStageRequests.requestedAt), desc(productStageRequests.id))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db.select({ n: count() }).from(productStageRequests).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findRequestView(db: Db, scopePath: string, id: string): Promise<StageRequestView | null> {
  const [row] = await selectViews(
    db,
    and(eq(productStageRequests.id, id), withinPath(productStageRequests.unitPath, scopePath)),
  );
  return row ?? null;
}

/** The open request of a product, and its latest decided one. */
export async function requestsOf(
  db: Db,
  productId: string,
): Promise<{ open: StageRequestView | null; lastDecision: StageRequestView | null }> {
  const ofProduct = eq(productStageRequests.productId, productId);
  const [open] = await selectViews(db, and(ofProduct, eq(productStageRequests.status, 'diajukan'))).limit(1);
  const [last] = await selectViews(db, and(ofProduct, ne(productStageRequests.status, 'diajukan')))
    .orderBy(desc(productStageRequests.decidedAt), desc(productStageRequests.id))
    .limit(1);
  return { open: open ?? null, lastDecision: last ?? null };
}

/** The request row locked for a decision. */
export async function lockRequest(tx: Db, scopePath: string, id: string): Promise<StageRequestRow | null> {
  const [row] = await tx
    .select()
    .from(productStageRequests)
    .where(and(eq(productStageRequests.id, id), withinPath(productStageRequests.unitPath, scopePath)))
    .for('update');
  return row ?? null;
}

export async function hasOpenRequest(tx: Db, productId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: productStageRequests.id })
    .from(productStageRequests)
    .where(and(eq(productStageRequests.productId, productId), eq(productStageRequests.status, 'diajukan')))
    .limit(1);
  return row !== undefined;
}

export async function insertRequest(tx: Db, values: StageRequestInsert): Promise<StageRequestRow> {
  const [row] = await tx.insert(productStageRequests).values(values).returning();
  if (!row) throw new Error('stage request insert returned nothing');
  return row;
}

export async function decideRequest(
  tx: Db,
  id: string,
  values: Pick<StageRequestInsert, 'status' | 'decidedByUserId' | 'decidedAt' | 'reason' | 'checklist'>,
): Promise<void> {
  await tx.update(productStageRequests).set(values).where(eq(productStageRequests.id, id));
}
