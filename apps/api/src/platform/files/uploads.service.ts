import { constants } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UPLOAD_CHUNK_BYTES, type OpenUploadBody, type StoredFile, type UploadSession } from '@selaras/contracts';
import type { Db } from '../db/index.js';
import type { Principal } from '../auth/principal.js';
import type { FilesService } from './files.service.js';
import { toStoredFile } from './files.mappers.js';
import { findFilesById } from './files.queries.js';
import * as q from './uploads.queries.js';
import * as errors from './uploads.errors.js';
import { tooLarge } from './files.errors.js';

export type UploadsService = ReturnType<typeof createUploadsService>;

/** Sessions older than this are abandoned: their rows and part files are removed. */
export const ABANDONED_UPLOAD_HOURS = 24;

function toSession(row: q.UploadSessionRow): UploadSession {
  return { id: row.id, offset: row.received, size: row.size, chunkSize: UPLOAD_CHUNK_BYTES };
}

/**
 * Resumable uploads for slow links: a file arrives in chunks appended to a part file under the
 * files root (so the bytes survive a restart), then goes through the same pipeline as a plain upload.
 */
export function createUploadsService(deps: { db: Db; files: FilesService; root: string; clock: () => Date; uploadLimitBytes: number }) {
  const { db, files, clock } = deps;
  const partsDir = path.join(deps.root, 'uploads');
  const partPath = (id: string) => path.join(partsDir, `${id}.part`);

  async function removeAbandoned() {
    const cutoff = new Date(clock().getTime() - ABANDONED_UPLOAD_HOURS * 3_600_000);
    const ids = await q.deleteUploadSessionsBefore(db, cutoff);
    await Promise.all(ids.map((id) => rm(partPath(id), { force: true })));
  }

  async function getOwn(principal: Principal, id: string) {
    const row = await q.findOwnUploadSession(db, principal.userId, id);
    if (!row) throw errors.uploadNotFound();
    return row;
  }

  /** Opens an upload for the caller, after clearing the sessions abandoned more than a day ago. */
  async function openUpload(principal: Principal, input: OpenUploadBody): Promise<UploadSession> {
    if (input.size > deps.uploadLimitBytes) throw tooLarge(deps.uploadLimitBytes);
    await removeAbandoned();
    const row = await q.insertUploadSession(db, { ownerUserId: principal.userId, name: input.name, size: input.size, createdAt: clock() });
    return toSession(row);
  }

  /** Where the caller's upload stands, so a client cut off mid-chunk knows where to resume. */
  async function status(principal: Principal, id: string): Promise<UploadSession> {
    return toSession(await getOwn(principal, id));
  }

  /**
   * Appends a chunk when it starts exactly where the received bytes end. The part file is cut back
   * to the recorded length first: bytes written before a crash but never recorded do not count.
   */
  async function appendChunk(principal: Principal, id: string, offset: number, chunk: Buffer): Promise<UploadSession> {
    return db.transaction(async (tx) => {
      const row = await q.lockOwnUploadSession(tx, principal.userId, id);
      if (!row) throw errors.uploadNotFound();
      if (offset !== row.received) throw errors.wrongOffset(row.received);
      if (offset + chunk.length > row.size) throw errors.exceedsSize(row.size);
      await mkdir(partsDir, { recursive: true });
      const handle = await open(partPath(id), constants.O_RDWR | constants.O_CREAT);
      try {
        await handle.truncate(row.received);
        await handle.write(chunk, 0, chunk.length, row.received);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      const received = row.received + chunk.length;
      await q.setReceived(tx, id, received);
      return toSession({ ...row, received });
    });
  }

  /** Stores the whole file as `POST /files` would; completing again returns the same file. */
  async function complete(principal: Principal, id: string): Promise<StoredFile> {
    const row = await getOwn(principal, id);
    if (row.completedFileId) {
      const [file] = await findFilesById(db, [row.completedFileId]);
      if (file) return toStoredFile(file);
    }
    if (row.received < row.size) throw errors.incomplete(row.received, row.size);
    const bytes = await readFile(partPath(id)).catch(() => Buffer.alloc(0));
    if (bytes.length < row.size) {
      await q.setReceived(db, id, 0);
      throw errors.incomplete(0, row.size);
    }
    const stored = await files.upload(principal, { bytes: bytes.subarray(0, row.size), filename: row.name });
    await q.setCompletedFile(db, id, stored.id);
    await rm(partPath(id), { force: true });
    return stored;
  }

  return { openUpload, status, appendChunk, complete };
}
