import { and, asc, count, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListUnitsQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { containsText, withinPath } from '../../platform/access/scope.js';
import { orgUnits, unitClassHistory } from './org-units.table.js';

export type UnitRow = typeof orgUnits.$inferSelect;
export type NewUnitRow = typeof orgUnits.$inferInsert;

function listFilter(scopePath: string, f: Omit<ListUnitsQuery, 'limit' | 'offset'>): SQL | undefined {
  return and(
    withinPath(orgUnits.path, scopePath),
    f.kind ? eq(orgUnits.kind, f.kind) : undefined,
    f.type ? eq(orgUnits.type, f.type) : undefined,
    f.variant ? eq(orgUnits.variant, f.variant) : undefined,
    f.kanwilId ? or(eq(orgUnits.kanwilId, f.kanwilId), eq(orgUnits.id, f.kanwilId)) : undefined,
    f.q ? or(containsText(orgUnits.name, f.q), containsText(orgUnits.city, f.q), containsText(orgUnits.code, f.q)) : undefined,
  );
}

export async function listUnits(db: Db, scopePath: string, query: ListUnitsQuery) {
  const where = listFilter(scopePath, query);
  const [items, [total]] = await Promise.all([
    db.select().from(orgUnits).where(where).orderBy(asc(orgUnits.name), asc(orgUnits.id)).limit(query.limit).offset(query.offset),
    db.select({ n: count() }).from(orgUnits).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findUnitInScope(db: Db, scopePath: string, id: string): Promise<UnitRow | null> {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), withinPath(orgUnits.path, scopePath)));
  return row ?? null;
}

export async function findUnitDetailInScope(db: Db, scopePath: string, id: string) {
  const parent = alias(orgUnits, 'parent');
  const [row] = await db
    .select({ unit: orgUnits, parentName: parent.name })
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(and(eq(orgUnits.id, id), withinPath(orgUnits.path, scopePath)));
  if (!row) return null;
  const [history, [children]] = await Promise.all([
    db
      .select()
      .from(unitClassHistory)
      .where(eq(unitClassHistory.unitId, id))
      .orderBy(asc(unitClassHistory.effectiveFrom), asc(unitClassHistory.createdAt)),
    db.select({ n: count() }).from(orgUnits).where(eq(orgUnits.parentId, id)),
  ]);
  return { ...row, history, childCount: children?.n ?? 0 };
}

export async function listTreeRows(db: Db, scopePath: string) {
  return db
    .select({ id: orgUnits.id, kind: orgUnits.kind, name: orgUnits.name, type: orgUnits.type, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(withinPath(orgUnits.path, scopePath))
    .orderBy(asc(orgUnits.name));
}

export async function listAllUnits(db: Db): Promise<UnitRow[]> {
  return db.select().from(orgUnits);
}

export async function insertUnit(db: Db, unit: NewUnitRow): Promise<UnitRow> {
  const [row] = await db.insert(orgUnits).values(unit).returning();
  if (!row) throw new Error('unit insert returned nothing');
  return row;
}

export async function updateUnit(db: Db, id: string, changes: Partial<NewUnitRow>): Promise<void> {
  await db.update(orgUnits).set(changes).where(eq(orgUnits.id, id));
}

export async function insertClassChange(
  db: Db,
  change: { unitId: string; class: UnitRow['class']; effectiveFrom: string; note: string | null },
): Promise<void> {
  await db.insert(unitClassHistory).values(change);
}
