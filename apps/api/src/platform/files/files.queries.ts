import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { withinPath } from '../access/scope.js';
import { files } from './files.table.js';

export type FileRow = typeof files.$inferSelect;
export type NewFile = typeof files.$inferInsert;

/** Inserts the file unless the unit already holds the same bytes; returns the unit's row either way. */
export async function insertOrFindFile(db: Db, row: NewFile): Promise<{ file: FileRow; created: boolean }> {
  const [inserted] = await db.insert(files).values(row).onConflictDoNothing().returning();
  if (inserted) return { file: inserted, created: true };
  const [existing] = await db
    .select()
    .from(files)
    .where(and(eq(files.ownerUnitId, row.ownerUnitId), eq(files.sha256, row.sha256)));
  if (!existing) throw new Error('file conflict without an existing row');
  return { file: existing, created: false };
}

export async function findFile(db: Db, scopePath: string, id: string): Promise<FileRow | null> {
  const [row] = await db.select().from(files).where(and(eq(files.id, id), withinPath(files.ownerUnitPath, scopePath)));
  return row ?? null;
}

/** The files among `ids` whose owner unit lies in the scope (the others do not exist for the caller). */
export async function findFiles(db: Db, scopePath: string, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(files).where(and(inArray(files.id, ids), withinPath(files.ownerUnitPath, scopePath)));
}
