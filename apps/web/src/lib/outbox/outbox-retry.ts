import { isApiError } from '../api-client';
import type { OutboxStatus } from './outbox-types';

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 10 * 60_000;

/** How long to wait before the next attempt: 5 s · 2^attempts, at most 10 min, with ±20 % jitter so phones do not retry in step. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * What a failed attempt means for the item: try again later (network, server trouble, throttled,
 * still running), wait for the person to sign in again (401), or stop with the server's reason.
 */
export type FailureOutcome = 'retry' | 'sign-in' | Extract<OutboxStatus, 'rejected' | 'conflict'>;

export function classifyFailure(error: unknown): FailureOutcome {
  if (!isApiError(error)) return 'retry';
  const { status, code } = error.problem;
  if (status === 0 || status >= 500 || status === 408 || status === 429 || code === 'idempotency.in_progress') return 'retry';
  if (status === 401) return 'sign-in';
  if (status === 409) return 'conflict';
  return 'rejected';
}
