import type { PhotoFlag } from '@selaras/contracts';
import type { Db } from '../db/index.js';
import type { BlobStore } from './files.store.js';
import { makePublicCopy } from './files.images.js';
import { perceptualHash } from './files.phash.js';
import { photoFlags, type PhotoCheckInput } from './files.checks.js';
import * as q from './files.queries.js';
import * as errors from './files.errors.js';

/** Where and when the photos should have been taken; both optional. */
export type PhotoCheckContext = Pick<PhotoCheckInput, 'geofence' | 'window'> & { maxDistance?: number };

const SIMILAR_LIMIT = 10;

/** Automatic checks on evidence photos and their metadata-free public copies. */
export function createPhotoIntegrity(deps: { db: Db; blobs: BlobStore }) {
  const { db, blobs } = deps;

  /** The stored hash, or one computed now for a photo uploaded before hashes were kept. */
  async function hashOf(row: q.FileRow): Promise<bigint | null> {
    if (row.phash !== null) return row.phash;
    const bytes = await blobs.read(row.sha256);
    const phash = bytes ? await perceptualHash(bytes) : null;
    if (phash !== null) await q.setPerceptualHash(db, row.id, phash);
    return phash;
  }

  /**
   * Flags for each photo among `fileIds` (documents and unknown ids get no entry). Rows load by id
   * without a scope: callers reach these files through records they have already checked access to.
   * The duplicate search covers every unit. Call it outside a transaction (it reads and may write on `db`).
   */
  async function checkPhotos(fileIds: string[], context: PhotoCheckContext = {}): Promise<Map<string, PhotoFlag[]>> {
    const rows = await q.findFilesById(db, [...new Set(fileIds)]);
    const flags = new Map<string, PhotoFlag[]>();
    for (const row of rows) {
      if (row.kind !== 'photo') continue;
      const phash = await hashOf(row);
      const similar =
        phash === null
          ? []
          : await q.findSimilarPhotos(db, {
              phash,
              excludeFileId: row.id,
              maxDistance: context.maxDistance,
              limit: SIMILAR_LIMIT,
            });
      flags.set(row.id, photoFlags({ exif: row.exif, similar, geofence: context.geofence, window: context.window }));
    }
    return flags;
  }

  /** A JPEG of the photo without any metadata, upright and at most 1600 px, made once and kept beside the original. */
  async function publicCopy(fileId: string): Promise<Buffer> {
    const [row] = await q.findFilesById(db, [fileId]);
    if (!row) throw errors.fileNotFound();
    if (row.kind !== 'photo') throw errors.notAPhoto();
    const cached = await blobs.read(row.sha256, 'public');
    if (cached) return cached;
    const original = await blobs.read(row.sha256);
    if (!original) throw errors.fileNotFound();
    const copy = await makePublicCopy(original);
    if (!copy) throw errors.unreadableImage();
    await blobs.put(row.sha256, copy, 'public');
    return copy;
  }

  return { checkPhotos, publicCopy };
}
