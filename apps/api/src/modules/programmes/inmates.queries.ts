import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { ListInmatesQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { containsText, withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from './programmes.table.js';

export type InmateRow = typeof inmates.$inferSelect;
export type NewInmateRow = typeof inmates.$inferInsert;
export type InmateWithUnit = InmateRow & { unitName: string };

const withUnit = { inmate: inmates, unitName: orgUnits.name };
const flatten = (r: { inmate: InmateRow; unitName: string }): InmateWithUnit => ({ ...r.inmate, unitName: r.unitName });

function listFilter(scopePath: string, f: Omit<ListInmatesQuery, 'limit' | 'offset'>, searchNames: boolean): SQL | undefined {
  const q = f.q?.trim();
  return and(
    withinPath(inmates.unitPath, scopePath),
    f.unitId ? eq(inmates.unitId, f.unitId) : undefined,
    f.status ? eq(inmates.status, f.status) : undefined,
    f.category ? eq(inmates.category, f.category) : undefined,
    f.sex ? eq(inmates.sex, f.sex) : undefined,
    q
      ? or(containsText(inmates.registrationNumber, q), containsText(inmates.pseudonym, q), searchNames ? containsText(inmates.name, q) : undefined)
      : undefined,
  );
}

/** One page of the register in scope; `searchNames` lets `q` match names too (only for callers shown names). */
export async function listInmates(db: Db, scopePath: string, query: ListInmatesQuery, searchNames: boolean) {
  const where = listFilter(scopePath, query, searchNames);
  const rows = await db
    .select(withUnit)
    .from(inmates)
    .innerJoin(orgUnits, eq(orgUnits.id, inmates.unitId))
    .where(where)
    .orderBy(asc(orgUnits.name), asc(inmates.registrationNumber))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(inmates).where(where);
  return { items: rows.map(flatten), total: total?.n ?? 0 };
}

export async function findInmateInScope(db: Db, scopePath: string, id: string): Promise<InmateWithUnit | null> {
  const [row] = await db
    .select(withUnit)
    .from(inmates)
    .innerJoin(orgUnits, eq(orgUnits.id, inmates.unitId))
    .where(and(eq(inmates.id, id), withinPath(inmates.unitPath, scopePath)));
  return row ? flatten(row) : null;
}

/** The inmates among `ids` that lie in the subtree at `scopePath` (for other parts of Pembinaan). */
export async function findInmatesInScope(db: Db, scopePath: string, ids: readonly string[]): Promise<InmateRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(inmates)
    .where(and(inArray(inmates.id, [...ids]), withinPath(inmates.unitPath, scopePath)));
}

export async function findByRegistration(db: Db, unitId: string, registrationNumber: string): Promise<InmateRow | null> {
  const [row] = await db
    .select()
    .from(inmates)
    .where(and(eq(inmates.unitId, unitId), eq(inmates.registrationNumber, registrationNumber)));
  return row ?? null;
}

export async function listUnitInmates(db: Db, unitId: string): Promise<InmateRow[]> {
  return db.select().from(inmates).where(eq(inmates.unitId, unitId));
}

/** Which of `candidates` are already used as pseudonyms. */
export async function takenPseudonyms(db: Db, candidates: readonly string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await db.select({ p: inmates.pseudonym }).from(inmates).where(inArray(inmates.pseudonym, [...candidates]));
  return new Set(rows.map((r) => r.p));
}

export async function insertInmate(db: Db, values: NewInmateRow): Promise<InmateRow> {
  const [row] = await db.insert(inmates).values(values).returning();
  if (!row) throw new Error('inmate insert returned nothing');
  return row;
}

/** Many new inmates in a few statements (an import may hold a whole register). */
export async function insertInmates(db: Db, values: NewInmateRow[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500) await db.insert(inmates).values(values.slice(i, i + 500));
}

export async function updateInmate(db: Db, id: string, values: Partial<NewInmateRow>): Promise<InmateRow> {
  const [row] = await db
    .update(inmates)
    .set(values)
    .where(eq(inmates.id, id))
    .returning();
  if (!row) throw new Error('inmate update returned nothing');
  return row;
}

export async function findUnitInScope(db: Db, scopePath: string, unitId: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), withinPath(orgUnits.path, scopePath)));
  return row ?? null;
}
export type ScopedUnit = NonNullable<Awaited<ReturnType<typeof findUnitInScope>>>;
