/** How many failed attempts in a row (network down, server busy) an upload survives before giving up. */
export const MAX_UPLOAD_RETRIES = 8;

/** Milliseconds to wait before retry number `attempt` (1-based): 1 s, 2 s, 4 s … at most 30 s. */
export function backoffDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** The byte range of the next chunk to send from `offset`: never past the end of the file. */
export function nextChunk(offset: number, size: number, chunkSize: number): { start: number; end: number } {
  return { start: offset, end: Math.min(size, offset + Math.max(1, chunkSize)) };
}

/** The received-bytes count a server sent in its Upload-Offset header, or null when absent or malformed. */
export function parseOffset(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  const offset = Number(header.trim());
  return Number.isSafeInteger(offset) ? offset : null;
}

/** Resolves after `ms`, or rejects with an AbortError as soon as the signal aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Upload cancelled', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Upload cancelled', 'AbortError'));
      },
      { once: true },
    );
  });
}
