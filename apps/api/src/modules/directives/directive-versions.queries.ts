import { and, asc, eq, inArray, max, ne } from 'drizzle-orm';
import type { TimeZone } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, directives } from './directives.table.js';
import { directiveVersions } from './directive-versions.table.js';
import type { DirectiveRow } from './directives.queries.js';

export type DirectiveVersionRow = typeof directiveVersions.$inferSelect;

/** Locks a directive for the rest of the transaction (callers check visibility first). */
export async function lockDirective(db: Db, id: string): Promise<DirectiveRow | null> {
  const [row] = await db.select().from(directives).where(eq(directives.id, id)).for('update');
  return row ?? null;
}

export async function nextVersionNo(db: Db, directiveId: string): Promise<number> {
  const [row] = await db.select({ n: max(directiveVersions.versionNo) }).from(directiveVersions).where(eq(directiveVersions.directiveId, directiveId));
  // Version 1 is the directive as issued; amendments count from 2.
  return (row?.n ?? 1) + 1;
}

export async function insertVersion(db: Db, row: typeof directiveVersions.$inferInsert): Promise<DirectiveVersionRow> {
  const [inserted] = await db.insert(directiveVersions).values(row).returning();
  if (!inserted) throw new Error('version insert returned nothing');
  return inserted;
}

export async function listVersions(db: Db, directiveId: string): Promise<DirectiveVersionRow[]> {
  return db.select().from(directiveVersions).where(eq(directiveVersions.directiveId, directiveId)).orderBy(asc(directiveVersions.versionNo));
}

const notVerified = ne(assignments.status, 'terverifikasi');

/**
 * Moves one window's due (and, past the first, its start) for the assignments not yet verified,
 * of the units in one zone (or of every unit when `zone` is null).
 */
export async function moveWindow(
  db: Db,
  directiveId: string,
  move: { windowNo: number; zone: TimeZone | null; dueAt: Date; windowStart: Date | null },
): Promise<void> {
  const inZone = move.zone
    ? inArray(assignments.unitId, db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.timezone, move.zone)))
    : undefined;
  await db
    .update(assignments)
    .set({ dueAt: move.dueAt, ...(move.windowStart ? { windowStart: move.windowStart } : {}) })
    .where(and(eq(assignments.directiveId, directiveId), eq(assignments.windowNo, move.windowNo), notVerified, inZone));
}

/** Units with follow-up work still open (any window not yet verified): the ones an amendment concerns. */
export async function openFollowUpUnits(db: Db, directiveId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ unitId: assignments.unitId })
    .from(assignments)
    .where(and(eq(assignments.directiveId, directiveId), eq(assignments.role, 'follow_up'), notVerified))
    .orderBy(asc(assignments.unitId));
  return rows.map((r) => r.unitId);
}
