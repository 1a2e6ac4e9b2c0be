import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { uploadSessions } from './uploads.table.js';

export type UploadSessionRow = typeof uploadSessions.$inferSelect;

export async function insertUploadSession(db: Db, row: { ownerUserId: string; name: string; size: number; createdAt: Date }): Promise<UploadSessionRow> {
  const [inserted] = await db.insert(uploadSessions).values(row).returning();
  if (!inserted) throw new Error('upload session not inserted');
  return inserted;
}

/** The caller's own upload; another user's does not exist for them. */
export async function findOwnUploadSession(db: Db, ownerUserId: string, id: string): Promise<UploadSessionRow | null> {
  const [row] = await db
    .select()
    .from(uploadSessions)
    .where(and(eq(uploadSessions.id, id), eq(uploadSessions.ownerUserId, ownerUserId)));
  return row ?? null;
}

/** The same, locked until the transaction ends, so two chunks for one upload are appended one after the other. */
export async function lockOwnUploadSession(db: Db, ownerUserId: string, id: string): Promise<UploadSessionRow | null> {
  const [row] = await db
    .select()
    .from(uploadSessions)
    .where(and(eq(uploadSessions.id, id), eq(uploadSessions.ownerUserId, ownerUserId)))
    .for('update');
  return row ?? null;
}

export async function setReceived(db: Db, id: string, received: number): Promise<void> {
  await db.update(uploadSessions).set({ received }).where(eq(uploadSessions.id, id));
}

export async function setCompletedFile(db: Db, id: string, fileId: string): Promise<void> {
  await db.update(uploadSessions).set({ completedFileId: fileId }).where(eq(uploadSessions.id, id));
}

/** Removes the sessions opened before `cutoff` and returns their ids (their part files go too). */
export async function deleteUploadSessionsBefore(db: Db, cutoff: Date): Promise<string[]> {
  const rows = await db
    .delete(uploadSessions)
    .where(lt(uploadSessions.createdAt, cutoff))
    .returning({ id: uploadSessions.id });
  return rows.map((r) => r.id);
}
