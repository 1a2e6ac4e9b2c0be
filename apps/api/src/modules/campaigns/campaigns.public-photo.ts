import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../../platform/db/index.js';
import { files } from '../../platform/files/index.js';
import { createBlobStore } from '../../platform/files/files.store.js';
import * as errors from './campaigns.read.errors.js';

const PUBLIC_MAX_PX = 1600;

/**
 * A JPEG of a stored photo with no metadata at all (sharp writes none unless asked): upright and at most
 * 1600 px. Stands in for the file layer's own public copy until it has one.
 */
export function createPhotoPublicCopy(deps: { db: Db; root: string }) {
  const blobs = createBlobStore(deps.root);
  return async function publicCopy(fileId: string): Promise<Buffer> {
    const [row] = await deps.db.select({ sha256: files.sha256, kind: files.kind }).from(files).where(eq(files.id, fileId));
    const original = row?.kind === 'photo' ? await blobs.read(row.sha256) : null;
    if (!original) throw errors.publicPhotoNotFound();
    return sharp(original, { failOn: 'error' })
      .rotate()
      .resize(PUBLIC_MAX_PX, PUBLIC_MAX_PX, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer();
  };
}
