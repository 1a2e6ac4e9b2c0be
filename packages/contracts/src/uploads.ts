import { z } from 'zod';

/** Opens a resumable upload: the file's name, its exact size in bytes and, optionally, its declared type. */
export const OpenUploadBodySchema = z.object({
  name: z.string().trim().min(1).max(255),
  size: z.number().int().positive(),
  type: z.string().max(120).optional(),
});
export type OpenUploadBody = z.infer<typeof OpenUploadBodySchema>;

/** Where a resumable upload stands: `offset` bytes received of `size`; chunks should be `chunkSize` bytes. */
export const UploadSessionSchema = z.object({
  id: z.uuid(),
  offset: z.number().int().nonnegative(),
  size: z.number().int().positive(),
  chunkSize: z.number().int().positive(),
});
export type UploadSession = z.infer<typeof UploadSessionSchema>;

/** The largest chunk the server accepts in one PATCH, and the size it advises. */
export const UPLOAD_CHUNK_LIMIT_BYTES = 1_048_576;
export const UPLOAD_CHUNK_BYTES = 256 * 1024;
