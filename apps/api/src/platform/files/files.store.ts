import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type BlobStore = ReturnType<typeof createBlobStore>;
/** The upload itself, its WebP preview, and a JPEG without metadata that may leave Selaras. */
export type BlobVariant = 'original' | 'thumbnail' | 'public';

const VARIANT_SUFFIX: Record<BlobVariant, string> = { original: '', thumbnail: '.thumb.webp', public: '.public.jpg' };

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed blobs on local disk: `<root>/<aa>/<sha256>` (and `<sha256>.thumb.webp` and
 * `<sha256>.public.jpg` beside it). Writes go to a temporary file renamed into place, so a reader never sees half a file.
 */
export function createBlobStore(root: string) {
  function pathOf(sha256: string, variant: BlobVariant = 'original'): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), `${sha256}${VARIANT_SUFFIX[variant]}`);
  }

  async function put(sha256: string, bytes: Buffer, variant: BlobVariant = 'original'): Promise<void> {
    const target = pathOf(sha256, variant);
    if (existsSync(target)) return;
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async function read(sha256: string, variant: BlobVariant = 'original'): Promise<Buffer | null> {
    try {
      return await readFile(pathOf(sha256, variant));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  return { put, read, pathOf };
}
