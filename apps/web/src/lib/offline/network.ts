/** The browser says there is no network at all: a write goes straight to the outbox instead of failing. */
export function isDeviceOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * The request got no answer (no signal, a dropped connection): `fetch` rejects with a TypeError. A refusal
 * by the server is an ApiError and is shown to the person instead of being queued.
 */
export function failedWithoutAnswer(error: unknown): boolean {
  return error instanceof TypeError;
}
