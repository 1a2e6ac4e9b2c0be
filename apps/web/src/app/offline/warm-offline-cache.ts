import type { Me } from '@selaras/contracts';
import { offlineDataCleared } from '@/lib/offline/offline-data';
import { campaignUrls, programmeRosterUrls, referenceDataUrls } from './reference-data-urls';

type Items<T> = { items?: T[] };

/** Fetched through the service worker, which keeps the answer; returns the body for the next round. */
async function fetchJson<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

async function fetchAll(urls: string[]): Promise<void> {
  await Promise.all(urls.map((url) => fetchJson(url)));
}

async function whenControlled(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  if (navigator.serviceWorker.controller) return true;
  await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  return true;
}

/** Fetches the signed-in person's reference data once, so their pages open without a network later. */
export async function warmOfflineCache(me: Me): Promise<void> {
  if (!(await whenControlled())) return;
  await offlineDataCleared();
  const first = referenceDataUrls(me);
  const [campaigns, programmes] = await Promise.all([
    first.includes('/api/v1/campaigns') ? fetchJson<Items<{ id: string; directiveId: string }>>('/api/v1/campaigns') : null,
    first.includes('/api/v1/programmes') ? fetchJson<Items<{ id: string }>>('/api/v1/programmes') : null,
    fetchAll(first.filter((url) => url !== '/api/v1/campaigns' && url !== '/api/v1/programmes')),
  ]);
  await fetchAll([...campaignUrls(campaigns?.items ?? []), ...programmeRosterUrls(programmes?.items ?? [])]);
}
