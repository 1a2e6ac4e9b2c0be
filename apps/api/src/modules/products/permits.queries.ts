import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { permitRemindersSent, productPermits } from './products.table.js';

export type PermitRow = typeof productPermits.$inferSelect;
export type PermitInsert = typeof productPermits.$inferInsert;

export async function permitsOf(db: Db, productId: string): Promise<PermitRow[]> {
  return db
    .select()
    .from(productPermits)
    .where(eq(productPermits.productId, productId))
    .orderBy(asc(productPermits.kind), asc(productPermits.issuedOn), asc(productPermits.id));
}

export async function findPermit(db: Db, productId: string, id: string): Promise<PermitRow | null> {
  const [row] = await db
    .select()
    .from(productPermits)
    .where(and(eq(productPermits.id, id), eq(productPermits.productId, productId)));
  return row ?? null;
}

export async function insertPermit(tx: Db, values: PermitInsert): Promise<PermitRow> {
  const [row] = await tx.insert(productPermits).values(values).returning();
  if (!row) throw new Error('permit insert returned nothing');
  return row;
}

/** A new expiry starts the reminders afresh. */
export async function updatePermit(
  tx: Db,
  id: string,
  values: Partial<PermitInsert>,
  expiryChanged: boolean,
): Promise<void> {
  if (expiryChanged) await tx.delete(permitRemindersSent).where(eq(permitRemindersSent.permitId, id));
  await tx.update(productPermits).set(values).where(eq(productPermits.id, id));
}

export async function deletePermit(tx: Db, id: string): Promise<void> {
  await tx.delete(permitRemindersSent).where(eq(permitRemindersSent.permitId, id));
  await tx.delete(productPermits).where(eq(productPermits.id, id));
}
