import { StoredFileSchema, UploadSessionSchema, type StoredFile, type UploadSession } from '@selaras/contracts';
import { ApiError, buildUrl, getCsrfToken, readProblem } from '@/lib/api-client';
import { backoffDelay, MAX_UPLOAD_RETRIES, nextChunk, parseOffset, wait } from './upload-retry';

export type ResumableUploadOptions = {
  /** An upload started earlier (kept with the queued item): continue it instead of starting over. */
  uploadId?: string;
  /** Called once the server has opened the upload, so the caller can keep its id. */
  onStarted?: (uploadId: string) => void;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

type Step = { id: string; offset: number; size: number; chunkSize: number };

async function call(path: string, init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> }): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...init.headers };
  const csrf = getCsrfToken();
  if (init.method && init.method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  return fetch(buildUrl(path), { ...init, headers, credentials: 'same-origin' });
}

/** A failed answer: a conflict that says where the server stands becomes that offset, anything else an ApiError. */
async function offsetOrThrow(response: Response): Promise<number> {
  const offset = parseOffset(response.headers.get('Upload-Offset'));
  if (response.ok && offset !== null) return offset;
  if (response.status === 409 && offset !== null) return offset;
  throw new ApiError(await readProblem(response));
}

async function openUpload(blob: Blob, name: string, signal?: AbortSignal): Promise<UploadSession> {
  const body = JSON.stringify({ name, size: blob.size, ...(blob.type ? { type: blob.type } : {}) });
  const response = await call('/uploads', { method: 'POST', body, headers: { 'Content-Type': 'application/json' }, signal });
  if (response.status !== 201) throw new ApiError(await readProblem(response));
  return UploadSessionSchema.parse(await response.json());
}

async function askOffset(id: string, signal?: AbortSignal): Promise<UploadSession> {
  const response = await call(`/uploads/${encodeURIComponent(id)}`, { method: 'GET', signal, cache: 'no-store' });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return UploadSessionSchema.parse(await response.json());
}

async function sendChunk(step: Step, blob: Blob, signal?: AbortSignal): Promise<number> {
  const { start, end } = nextChunk(step.offset, step.size, step.chunkSize);
  const response = await call(`/uploads/${encodeURIComponent(step.id)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(start) },
    body: blob.slice(start, end),
    signal,
  });
  return offsetOrThrow(response);
}

/** The stored file, or the offset the server holds when bytes are still missing. */
async function complete(id: string, signal?: AbortSignal): Promise<StoredFile | number> {
  const response = await call(`/uploads/${encodeURIComponent(id)}/complete`, { method: 'POST', signal });
  if (response.status === 201) return StoredFileSchema.parse(await response.json());
  return offsetOrThrow(response);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Uploads one file in chunks the server acknowledges one by one. After a dropped connection it
 * waits, asks the server how many bytes it holds and goes on from there, never from zero while the
 * server keeps them; if the server no longer knows the upload it opens a new one. The same bytes
 * uploaded again return the same file.
 */
export async function uploadResumable(blob: Blob, name: string, options: ResumableUploadOptions = {}): Promise<StoredFile> {
  const { signal } = options;
  let step: Step | null = null;
  let resumeId = options.uploadId ?? null;
  let reopened = false;
  let failures = 0;
  for (;;) {
    try {
      if (!step && resumeId) step = { ...(await askOffset(resumeId, signal)) };
      if (!step) {
        step = { ...(await openUpload(blob, name, signal)) };
        options.onStarted?.(step.id);
      }
      if (step.offset < step.size) {
        step.offset = await sendChunk(step, blob, signal);
      } else {
        const result = await complete(step.id, signal);
        if (typeof result !== 'number') {
          options.onProgress?.(1);
          return result;
        }
        step.offset = result;
      }
      failures = 0;
      options.onProgress?.(Math.min(0.99, step.offset / step.size));
    } catch (error) {
      if (isAbort(error)) throw error;
      if (error instanceof ApiError && error.status === 404 && !reopened) {
        reopened = true;
        step = null;
        resumeId = null;
        continue;
      }
      if (error instanceof ApiError && error.status < 500) throw error;
      // Without any network there is nothing to wait for here: the caller keeps the file for later.
      if (typeof navigator !== 'undefined' && !navigator.onLine) throw error;
      failures += 1;
      if (failures > MAX_UPLOAD_RETRIES) throw error;
      await wait(backoffDelay(failures), signal);
      if (step) resumeId = step.id;
      step = null;
    }
  }
}
