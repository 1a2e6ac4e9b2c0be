// The service worker, bundled on its own into /sw.js by build/service-worker-plugin.ts, which also fills in
// __PRECACHE_JSON__ with the files of this build. The DOM library has no service-worker types: the few used are here.
import {
  API_CACHE,
  apiCacheKey,
  CACHED_AT_HEADER,
  isCacheableApiResponse,
  OFFLINE_HEADER,
  routeRequest,
  SHELL_CACHE_PREFIX,
} from './offline-rules';

type Precache = { version: string; shell: string[]; lazy: string[] };
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith(response: Promise<Response>): void };
type ServiceWorkerScope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

declare const __PRECACHE_JSON__: string;

const sw = self as unknown as ServiceWorkerScope;
const PRECACHE = JSON.parse(__PRECACHE_JSON__) as Precache;
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${PRECACHE.version}`;
const INDEX = '/index.html';
/** On a weak link the cached shell is shown rather than a blank page; the network answer is still used if faster. */
const NAVIGATION_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE.shell))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldShells().then(() => sw.clients.claim()));
  // Not awaited: activation (and so every fetch) would wait for it. Pages visited online are cached anyway.
  void precacheLazyChunks();
});

sw.addEventListener('fetch', (event) => {
  const route = routeRequest(event.request, sw.location.origin);
  if (route === 'navigation') event.respondWith(openApp(event.request));
  else if (route === 'asset') event.respondWith(fromCacheFirst(event.request));
  else if (route === 'api') event.respondWith(fromNetworkFirst(event));
});

async function deleteOldShells(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(SHELL_CACHE_PREFIX) && n !== SHELL_CACHE).map((n) => caches.delete(n)));
}

async function precacheLazyChunks(): Promise<void> {
  const cache = await caches.open(SHELL_CACHE);
  for (const url of PRECACHE.lazy) {
    if (await cache.match(url)) continue;
    await cache.add(url).catch(() => undefined);
  }
}

async function openApp(request: Request): Promise<Response> {
  const network = fetch(request);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline: the cached shell below.
  }
  const cached = await caches.match(INDEX, { cacheName: SHELL_CACHE });
  return cached ?? network;
}

async function fromCacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    void caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function fromNetworkFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const key = apiCacheKey(request.url);
  try {
    const response = await fetch(request);
    const { pathname } = new URL(request.url);
    if (isCacheableApiResponse(pathname, response.status, response.headers.get('content-type'))) {
      event.waitUntil(storeApiAnswer(key, response.clone()));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key, { cacheName: API_CACHE, ignoreVary: true });
    if (!cached) throw error;
    const headers = new Headers(cached.headers);
    headers.set(OFFLINE_HEADER, '1');
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
  }
}

async function storeApiAnswer(key: string, response: Response): Promise<void> {
  const headers = new Headers(response.headers);
  headers.set(CACHED_AT_HEADER, new Date().toISOString());
  const stamped = new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  const cache = await caches.open(API_CACHE);
  await cache.put(key, stamped);
}
