/** What the service worker keeps for offline use, as plain functions shared with the app and tested in node. */

/** The app shell and built assets of one build; older versions are deleted when a new one activates. */
export const SHELL_CACHE_PREFIX = 'selaras-shell-';
/** The signed-in person's API answers; deleted on sign-out and sign-in so a shared phone shows no one else's data. */
export const API_CACHE = 'selaras-api';
/** Set on an API answer served from the cache because the network failed. */
export const OFFLINE_HEADER = 'x-selaras-offline';
/** When a cached API answer was stored (ISO time), so the app can say how old it is. */
export const CACHED_AT_HEADER = 'x-selaras-cached-at';

export type OfflineRoute = 'navigation' | 'asset' | 'api';

type RequestLike = { method: string; url: string; mode: string };

/** Which strategy answers a request; null leaves it to the network untouched (writes, other sites, sign-in). */
export function routeRequest(request: RequestLike, origin: string): OfflineRoute | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== origin) return null;
  if (url.pathname.startsWith('/api/')) return isCacheableApiPath(url.pathname) ? 'api' : null;
  if (request.mode === 'navigate') return 'navigation';
  if (url.pathname.startsWith('/assets/')) return 'asset';
  return null;
}

/** Reference data only: never the session endpoints, and of stored files only their small thumbnails. */
export function isCacheableApiPath(pathname: string): boolean {
  if (!pathname.startsWith('/api/v1/')) return false;
  if (pathname.startsWith('/api/v1/auth/')) return false;
  if (pathname.startsWith('/api/v1/files/')) return /^\/api\/v1\/files\/[^/]+\/thumbnail$/.test(pathname);
  return true;
}

/** JSON answers and thumbnails are kept; exports and downloads (CSV, PDF, spreadsheets) are not. */
export function isCacheableApiResponse(pathname: string, status: number, contentType: string | null): boolean {
  if (status !== 200) return false;
  if (pathname.endsWith('/thumbnail')) return (contentType ?? '').startsWith('image/');
  return /^application\/json\b/.test(contentType ?? '');
}

/** The same query in any parameter order finds the same cached answer. */
export function apiCacheKey(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  parsed.hash = '';
  return parsed.toString();
}
