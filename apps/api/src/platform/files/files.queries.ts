import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
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

/**
 * How many bits two perceptual hashes may differ in and still be the same picture. Measured on 60
 * generated scenes: a 50 % resize or a quality-60 re-encode moves 0–2 bits, cropping 2.5 % off every
 * edge 2–12, cropping 5 % off every edge 4–22; two different scenes were never closer than 18 (median 32).
 */
export const SIMILAR_PHOTO_MAX_DISTANCE = 12;

export type SimilarPhoto = { fileId: string; ownerUnitId: string; ownerUnitName: string | null; distance: number };

/**
 * Photos whose perceptual hash lies within `maxDistance` bits of `phash`, nearest first. Deliberately
 * unscoped: a copy of another unit's photo must be found, so callers show only what they may.
 */
export async function findSimilarPhotos(
  db: Db,
  opts: { phash: bigint; excludeFileId?: string | null; maxDistance?: number; limit?: number },
): Promise<SimilarPhoto[]> {
  // bigint # bigint is XOR; the cast to bit(64) gives bit_count (PostgreSQL 14+) the bits to count.
  const distance = sql<number>`bit_count((${files.phash} # ${opts.phash.toString()}::bigint)::bit(64))::int`;
  const ownerUnitName = sql<string | null>`(select u.name from org_units u where u.id = ${files.ownerUnitId})`;
  return db
    .select({ fileId: files.id, ownerUnitId: files.ownerUnitId, ownerUnitName, distance })
    .from(files)
    .where(
      and(
        isNotNull(files.phash),
        opts.excludeFileId ? ne(files.id, opts.excludeFileId) : undefined,
        sql`${distance} <= ${opts.maxDistance ?? SIMILAR_PHOTO_MAX_DISTANCE}`,
      ),
    )
    .orderBy(asc(distance), asc(files.createdAt))
    .limit(opts.limit ?? 10);
}

/** Files by id, whoever owns them: for callers that have already checked access through their own records. */
export async function findFilesById(db: Db, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(files).where(inArray(files.id, ids));
}

export async function setPerceptualHash(db: Db, id: string, phash: bigint): Promise<void> {
  await db.update(files).set({ phash }).where(eq(files.id, id));
}
