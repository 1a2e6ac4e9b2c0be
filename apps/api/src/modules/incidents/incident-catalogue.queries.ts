import { and, asc, desc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { incidentCategories, incidentEscalationRules, incidentSeverities, incidentSopVersions } from './incident-catalogue.table.js';

export type CategoryRow = typeof incidentCategories.$inferSelect;
export type SeverityRow = typeof incidentSeverities.$inferSelect;
export type SopVersionRow = typeof incidentSopVersions.$inferSelect;
export type EscalationRuleRow = typeof incidentEscalationRules.$inferSelect;

export async function findCategory(db: Db, id: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(incidentCategories).where(eq(incidentCategories.id, id));
  return row ?? null;
}

export async function findSeverity(db: Db, code: string): Promise<SeverityRow | null> {
  const [row] = await db.select().from(incidentSeverities).where(eq(incidentSeverities.code, code));
  return row ?? null;
}

/** The SOP version in force at `at`: the latest activated at or before it. */
export async function activeSopVersion(db: Db, categoryId: string, at: Date): Promise<SopVersionRow | null> {
  const [row] = await db
    .select()
    .from(incidentSopVersions)
    .where(and(eq(incidentSopVersions.categoryId, categoryId), lte(incidentSopVersions.activeFrom, at)))
    .orderBy(desc(incidentSopVersions.activeFrom), desc(incidentSopVersions.version))
    .limit(1);
  return row ?? null;
}

export async function findSopVersion(db: Db, id: string): Promise<SopVersionRow | null> {
  const [row] = await db.select().from(incidentSopVersions).where(eq(incidentSopVersions.id, id));
  return row ?? null;
}

/**
 * The rules that apply to an incident, one per level: a category's own rule wins over the general one,
 * and among those the one with the highest minimum severity the incident reaches.
 */
export async function escalationRulesFor(db: Db, categoryId: string, severityRank: number): Promise<EscalationRuleRow[]> {
  const rows = await db
    .select()
    .from(incidentEscalationRules)
    .where(
      and(
        or(eq(incidentEscalationRules.categoryId, categoryId), isNull(incidentEscalationRules.categoryId)),
        lte(incidentEscalationRules.minSeverityRank, severityRank),
      ),
    )
    .orderBy(asc(incidentEscalationRules.level));
  const best = new Map<string, EscalationRuleRow>();
  for (const rule of rows) {
    const current = best.get(rule.level);
    if (!current || specificity(rule) > specificity(current)) best.set(rule.level, rule);
  }
  return [...best.values()];
}

function specificity(rule: EscalationRuleRow): number {
  return (rule.categoryId ? 100 : 0) + rule.minSeverityRank;
}
