import { asc, desc, eq, lte, max, sql } from 'drizzle-orm';
import type { SaveEscalationRuleBody, SaveIncidentCategoryBody, SaveSeverityBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import {
  incidentCategories,
  incidentEscalationRules,
  incidentSeverities,
  incidentSopVersions,
} from './incident-catalogue.table.js';
import type { CategoryRow, EscalationRuleRow, SeverityRow, SopVersionRow } from './incident-catalogue.queries.js';

export async function listCategories(db: Db, includeInactive: boolean): Promise<CategoryRow[]> {
  return db
    .select()
    .from(incidentCategories)
    .where(includeInactive ? undefined : eq(incidentCategories.active, true))
    .orderBy(asc(incidentCategories.sortOrder), asc(incidentCategories.name));
}

export async function listSeverities(db: Db, includeInactive: boolean): Promise<SeverityRow[]> {
  return db
    .select()
    .from(incidentSeverities)
    .where(includeInactive ? undefined : eq(incidentSeverities.active, true))
    .orderBy(asc(incidentSeverities.rank), asc(incidentSeverities.code));
}

/** Per category, the SOP version in force at `at` (the latest activated at or before it). */
export async function currentSopVersions(db: Db, at: Date): Promise<SopVersionRow[]> {
  return db
    .selectDistinctOn([incidentSopVersions.categoryId])
    .from(incidentSopVersions)
    .where(lte(incidentSopVersions.activeFrom, at))
    .orderBy(incidentSopVersions.categoryId, desc(incidentSopVersions.activeFrom), desc(incidentSopVersions.version));
}

export async function listSopVersions(db: Db, categoryId: string): Promise<SopVersionRow[]> {
  return db
    .select()
    .from(incidentSopVersions)
    .where(eq(incidentSopVersions.categoryId, categoryId))
    .orderBy(desc(incidentSopVersions.version));
}

/** The rules in the order they were saved (ids are time-ordered). */
export async function listRules(db: Db): Promise<EscalationRuleRow[]> {
  return db.select().from(incidentEscalationRules).orderBy(asc(incidentEscalationRules.id));
}

export async function categoryIds(db: Db): Promise<Set<string>> {
  const rows = await db.select({ id: incidentCategories.id }).from(incidentCategories);
  return new Set(rows.map((r) => r.id));
}

export async function findCategoryByCode(db: Db, code: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(incidentCategories).where(eq(incidentCategories.code, code));
  return row ?? null;
}

/** The category, locked for the rest of the transaction (so two new SOP versions never get the same number). */
export async function lockCategory(db: Db, id: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(incidentCategories).where(eq(incidentCategories.id, id)).for('update');
  return row ?? null;
}

/** The severity level, locked for the rest of the transaction; null when it is new. */
export async function lockSeverity(db: Db, code: string): Promise<SeverityRow | null> {
  const [row] = await db.select().from(incidentSeverities).where(eq(incidentSeverities.code, code)).for('update');
  return row ?? null;
}

export async function insertCategory(db: Db, body: SaveIncidentCategoryBody): Promise<CategoryRow> {
  const [row] = await db.insert(incidentCategories).values(body).returning();
  if (!row) throw new Error('category insert returned nothing');
  return row;
}

export async function updateCategory(
  db: Db,
  id: string,
  body: SaveIncidentCategoryBody,
  now: Date,
): Promise<CategoryRow | null> {
  const [row] = await db
    .update(incidentCategories)
    .set({ ...body, updatedAt: now })
    .where(eq(incidentCategories.id, id))
    .returning();
  return row ?? null;
}

export async function upsertSeverity(db: Db, body: SaveSeverityBody, now: Date): Promise<SeverityRow> {
  const { code, ...rest } = body;
  const [row] = await db
    .insert(incidentSeverities)
    .values(body)
    .onConflictDoUpdate({ target: incidentSeverities.code, set: { ...rest, updatedAt: now } })
    .returning();
  if (!row) throw new Error(`severity ${code} upsert returned nothing`);
  return row;
}

export async function nextSopVersion(db: Db, categoryId: string): Promise<number> {
  const [row] = await db
    .select({ top: max(incidentSopVersions.version) })
    .from(incidentSopVersions)
    .where(eq(incidentSopVersions.categoryId, categoryId));
  return (row?.top ?? 0) + 1;
}

export async function insertSopVersion(
  db: Db,
  values: typeof incidentSopVersions.$inferInsert,
): Promise<SopVersionRow> {
  const [row] = await db.insert(incidentSopVersions).values(values).returning();
  if (!row) throw new Error('SOP version insert returned nothing');
  return row;
}

/**
 * Holds the rule set for the rest of the transaction: two replacements at once then run one after the
 * other, so the result is one whole set, never a mix of two, and each reads the set it replaces.
 * Readers are not blocked.
 */
export async function lockRules(db: Db): Promise<void> {
  await db.execute(sql`lock table ${incidentEscalationRules} in share row exclusive mode`);
}

/** Replaces every escalation rule; call it after `lockRules` in the same transaction. */
export async function replaceRules(db: Db, rules: readonly SaveEscalationRuleBody[]): Promise<EscalationRuleRow[]> {
  await db.delete(incidentEscalationRules);
  if (rules.length === 0) return [];
  return db
    .insert(incidentEscalationRules)
    .values([...rules])
    .returning();
}
