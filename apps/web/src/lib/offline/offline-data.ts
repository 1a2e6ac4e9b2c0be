import { API_CACHE } from '@/service-worker/offline-rules';

let clearing: Promise<unknown> = Promise.resolve();

/** Deletes the API answers kept for offline use, so the next person on a shared phone never sees them. */
export function clearOfflineData(): Promise<unknown> {
  clearing = typeof caches === 'undefined' ? Promise.resolve() : caches.delete(API_CACHE).catch(() => false);
  return clearing;
}

/** Resolves once the last clearing finished: warming the cache must not race a sign-out or a new sign-in. */
export function offlineDataCleared(): Promise<unknown> {
  return clearing;
}
