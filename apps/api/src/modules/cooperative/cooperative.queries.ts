import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { cooperativePreorders, cooperatives } from './cooperative.table.js';

export type CooperativeRecord = typeof cooperatives.$inferSelect;
export type PreorderRecord = typeof cooperativePreorders.$inferSelect;

export function cooperativesUnder(db: Db, path: string): Promise<CooperativeRecord[]> {
  return db.select().from(cooperatives).where(withinPath(cooperatives.unitPath, path));
}

export async function findCooperative(db: Db, unitId: string): Promise<CooperativeRecord | null> {
  const [row] = await db.select().from(cooperatives).where(eq(cooperatives.unitId, unitId));
  return row ?? null;
}

export async function upsertCooperative(db: Db, values: typeof cooperatives.$inferInsert): Promise<CooperativeRecord> {
  const { unitId: _unitId, unitPath: _unitPath, ...changes } = values;
  const [row] = await db
    .insert(cooperatives)
    .values(values)
    .onConflictDoUpdate({ target: cooperatives.unitId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('cooperative upsert returned nothing');
  return row;
}

/** Pre-orders of the UPTs under `path` (or of some units) for weeks between two Mondays inclusive. */
export function preordersBetween(db: Db, scope: { path: string } | { unitIds: string[] }, from: string, to: string): Promise<PreorderRecord[]> {
  const where = 'path' in scope ? withinPath(cooperativePreorders.unitPath, scope.path) : inArray(cooperativePreorders.unitId, scope.unitIds);
  return db
    .select()
    .from(cooperativePreorders)
    .where(and(where, gte(cooperativePreorders.weekStart, from), lte(cooperativePreorders.weekStart, to)));
}

export async function findPreorder(db: Db, unitId: string, weekStart: string): Promise<PreorderRecord | null> {
  const [row] = await db
    .select()
    .from(cooperativePreorders)
    .where(and(eq(cooperativePreorders.unitId, unitId), eq(cooperativePreorders.weekStart, weekStart)))
    .for('update');
  return row ?? null;
}
