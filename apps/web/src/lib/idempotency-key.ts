import { isApiError } from './api-client';

const PREFIX = 'selaras.idempotency.';

type Attempt = { key: string; body: string };

/** A random UUID v4; `crypto.randomUUID` exists only on HTTPS pages, `getRandomValues` everywhere. */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function readAttempt(scope: string): Attempt | null {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + scope);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { key, body } = parsed as Partial<Attempt>;
    return typeof key === 'string' && typeof body === 'string' ? { key, body } : null;
  } catch {
    return null;
  }
}

/**
 * The Idempotency-Key for sending `body`: the same body sent again (a retry, even after a reload)
 * reuses the key so the server answers with the first result; a changed body is a new attempt.
 */
export function idempotencyKeyFor(scope: string, body: unknown): string {
  const serialized = JSON.stringify(body);
  const previous = readAttempt(scope);
  if (previous && previous.body === serialized) return previous.key;
  const attempt: Attempt = { key: randomUuid(), body: serialized };
  try {
    window.sessionStorage.setItem(PREFIX + scope, JSON.stringify(attempt));
  } catch {
    // Storage blocked: the key still protects retries made without a reload.
  }
  return attempt.key;
}

/** Ends an attempt once the server has answered for good, so the next submission gets a fresh key. */
export function settleIdempotencyKey(scope: string, error?: unknown): void {
  // Unanswered (network), failed on the server (5xx) or still running: a retry must reuse the key.
  const retryable =
    error !== undefined &&
    (!isApiError(error) || error.status >= 500 || error.problem.code === 'idempotency.in_progress');
  if (retryable) return;
  try {
    window.sessionStorage.removeItem(PREFIX + scope);
  } catch {
    // Nothing was stored.
  }
}
