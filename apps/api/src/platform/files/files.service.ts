import type { Db } from '../db/index.js';
import type { Audit } from '../audit/audit.js';
import { auditActor, type Principal } from '../auth/principal.js';
import { createBlobStore, sha256Of } from './files.store.js';
import { makeThumbnail, readExif } from './files.images.js';
import { perceptualHash } from './files.phash.js';
import { createPhotoIntegrity } from './files.integrity.js';
import { safeFileName, sniffType } from './files.sniff.js';
import { toStoredFile } from './files.mappers.js';
import * as q from './files.queries.js';
import * as errors from './files.errors.js';

export type FilesService = ReturnType<typeof createFilesService>;

/** The platform's file store: metadata in the database, bytes in a content-addressed blob folder. */
export function createFilesService(deps: { db: Db; audit: Audit; root: string }) {
  const { db, audit } = deps;
  const blobs = createBlobStore(deps.root);
  const scopeOf = (p: Principal) => p.position.unitPath;

  /** Stores an upload for the caller's unit: the type is sniffed from the bytes; photos get a thumbnail, a perceptual hash and their EXIF read. */
  async function upload(principal: Principal, input: { bytes: Buffer; filename: string }) {
    if (input.bytes.length === 0) throw errors.emptyFile();
    const sniffed = sniffType(input.bytes);
    if (!sniffed) throw errors.unsupportedType();
    const thumbnail = sniffed.kind === 'photo' ? await makeThumbnail(input.bytes) : null;
    if (sniffed.kind === 'photo' && !thumbnail) throw errors.unreadableImage();
    const exif = sniffed.kind === 'photo' ? await readExif(input.bytes) : null;
    const phash = sniffed.kind === 'photo' ? await perceptualHash(input.bytes) : null;
    const sha256 = sha256Of(input.bytes);
    await blobs.put(sha256, input.bytes);
    if (thumbnail) await blobs.put(sha256, thumbnail, 'thumbnail');
    const row = await db.transaction(async (tx) => {
      const { file, created } = await q.insertOrFindFile(tx, {
        sha256,
        size: input.bytes.length,
        mime: sniffed.mime,
        name: safeFileName(input.filename, sniffed),
        kind: sniffed.kind,
        ownerUnitId: principal.position.unitId,
        ownerUnitPath: principal.position.unitPath,
        uploadedByUserId: principal.userId,
        uploadedByPositionId: principal.position.id,
        exif,
        thumbnail: thumbnail !== null,
        phash,
      });
      if (created) {
        await audit.record(tx, auditActor(principal), {
          action: 'files.uploaded',
          subjectType: 'file',
          subjectId: file.id,
          unitId: file.ownerUnitId,
          unitPath: file.ownerUnitPath,
          summary: { name: file.name, kind: file.kind, size: file.size, sha256 },
        });
      }
      return file;
    });
    return toStoredFile(row);
  }

  async function getRow(principal: Principal, id: string) {
    const row = await q.findFile(db, scopeOf(principal), id);
    if (!row) throw errors.fileNotFound();
    return row;
  }

  /** The original bytes of a file whose owner unit lies in the caller's scope. */
  async function download(principal: Principal, id: string) {
    const row = await getRow(principal, id);
    const bytes = await blobs.read(row.sha256);
    if (!bytes) throw errors.fileNotFound();
    return { name: row.name, mime: row.mime, bytes };
  }

  /** The WebP preview of a photo in the caller's scope. */
  async function thumbnail(principal: Principal, id: string) {
    const row = await getRow(principal, id);
    const bytes = row.thumbnail ? await blobs.read(row.sha256, 'thumbnail') : null;
    if (!bytes) throw errors.thumbnailNotFound();
    return { bytes };
  }

  return { upload, download, thumbnail, ...createPhotoIntegrity({ db, blobs }) };
}
