import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { orgUnits } from '../org-units/index.js';
import { reports } from './directives.table.js';

/** The narrative of each assignment's latest report. */
export async function latestNarratives(db: Db, assignmentIds: string[]): Promise<Map<string, string>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([reports.assignmentId], { assignmentId: reports.assignmentId, narrative: reports.narrative })
    .from(reports)
    .where(inArray(reports.assignmentId, assignmentIds))
    .orderBy(reports.assignmentId, desc(reports.version));
  return new Map(rows.map((r) => [r.assignmentId, r.narrative]));
}

export type LetterheadUnit = { name: string; kind: string; city: string | null; province: string | null; timezone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' };

export async function findLetterheadUnit(db: Db, unitId: string): Promise<LetterheadUnit | null> {
  const [row] = await db
    .select({ name: orgUnits.name, kind: orgUnits.kind, city: orgUnits.city, province: orgUnits.province, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId));
  return row ?? null;
}
