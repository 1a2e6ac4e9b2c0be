import { useSyncExternalStore } from 'react';
import { CACHED_AT_HEADER, OFFLINE_HEADER } from '../../service-worker/offline-rules';

let oldest: string | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Notes when a kept answer was fetched, so the offline notice can say how old the data on screen may be. */
export function noteKeptAnswer(headers: Headers): void {
  const cachedAt = headers.get(OFFLINE_HEADER) === '1' ? headers.get(CACHED_AT_HEADER) : null;
  if (!cachedAt || (oldest !== null && oldest <= cachedAt)) return;
  oldest = cachedAt;
  changed();
}

/** Back online: what is fetched from now on is fresh. */
export function forgetKeptAnswers(): void {
  if (oldest === null) return;
  oldest = null;
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The fetch time of the oldest kept answer shown since the device went offline, or null. */
export function useOldestKeptAnswer(): string | null {
  return useSyncExternalStore(subscribe, () => oldest, () => oldest);
}
