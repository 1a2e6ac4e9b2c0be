import { desc, lt, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { splitRules } from './cooperative.table.js';

export type SplitRuleRow = typeof splitRules.$inferSelect;

export async function listRules(db: Db): Promise<SplitRuleRow[]> {
  return db.select().from(splitRules).orderBy(desc(splitRules.effectiveFrom));
}

/** The rule in force at `at` (the latest one that took effect at or before it). */
export async function ruleInForceAt(db: Db, at: Date): Promise<SplitRuleRow | null> {
  const [row] = await db.select().from(splitRules).where(lte(splitRules.effectiveFrom, at)).orderBy(desc(splitRules.effectiveFrom)).limit(1);
  return row ?? null;
}

/** The rule in force just before `end` (a day's end belongs to the next day). */
export async function ruleInForceBefore(db: Db, end: Date): Promise<SplitRuleRow | null> {
  const [row] = await db.select().from(splitRules).where(lt(splitRules.effectiveFrom, end)).orderBy(desc(splitRules.effectiveFrom)).limit(1);
  return row ?? null;
}

export async function insertRule(db: Db, values: typeof splitRules.$inferInsert): Promise<SplitRuleRow> {
  const [row] = await db.insert(splitRules).values(values).returning();
  if (!row) throw new Error('split rule insert returned nothing');
  return row;
}
