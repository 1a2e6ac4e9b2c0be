/** The coconut campaign the journeys work on, made through the API when the demo data does not hold it yet. */
import { DEMO_PASSWORD } from './api';

type Session = { cookie: string; csrf: string };
type Campaign = { id: string; title: string };
type Site = { id: string; name: string; status: string; unitId: string; unitName: string };

async function session(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter(Boolean)
    .join('; ');
  const me = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

async function call<T>(baseUrl: string, s: Session, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const COCONUT = /Kelapa/;

/** The demo's "Penanaman Pohon Kelapa Serentak 9 September 2025", or an equivalent for Kanwil Banten. */
export async function ensureCoconutCampaign(baseUrl: string): Promise<Campaign> {
  const dirjen = await session(baseUrl, 'dirjen');
  const list = await call<{ items: Campaign[] }>(baseUrl, dirjen, 'GET', '/campaigns');
  const existing = list.items.find((c) => COCONUT.test(c.title));
  if (existing) return existing;
  return createBantenCampaign(baseUrl, 'Penanaman Pohon Kelapa Serentak 9 September 2025', '2025-09-09');
}

/** A fresh campaign for every UPT of Kanwil Banten: nothing registered or reported yet. */
export async function createBantenCampaign(baseUrl: string, title: string, eventDate: string): Promise<Campaign> {
  const dirjen = await session(baseUrl, 'dirjen');
  const kanwils = await call<{ items: { id: string; name: string }[] }>(
    baseUrl,
    dirjen,
    'GET',
    '/units?kind=kanwil&limit=100',
  );
  const banten = kanwils.items.find((u) => u.name.endsWith('Banten'));
  if (!banten) throw new Error('Kanwil Banten is seeded');
  return call<Campaign>(baseUrl, dirjen, 'POST', '/campaigns', {
    title,
    body: 'Setiap UPT menanam bibit kelapa bersama mitra setempat dan melaporkan hasilnya dengan foto bergeotag.',
    target: { mode: 'filter', kanwilIds: [banten.id] },
    metrics: [
      { key: 'bibit', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' },
      { key: 'luas_ha', name: 'Luas tanam', unit: 'ha', type: 'decimal', rollup: 'sum' },
    ],
    targetMetricKeys: ['bibit'],
    areaMetricKey: 'luas_ha',
    quantityLabel: 'bibit',
    eventDate,
    windowStart: '07:00',
    windowEnd: '12:00',
    nationalTarget: 30_000,
    minPerKanwil: 10_000,
    publicPage: true,
  });
}

/** The sites of the operator's own unit, to know how many change status with its report. */
export async function ownSites(baseUrl: string, username: string, campaignId: string): Promise<Site[]> {
  const s = await session(baseUrl, username);
  return (await call<{ items: Site[] }>(baseUrl, s, 'GET', `/campaigns/${campaignId}/sites`)).items;
}

/** The sites of one taking-part unit below the caller (a Kanwil's UPT), found by the unit's name. */
export async function sitesOfUnit(baseUrl: string, username: string, campaignId: string, unitName: string) {
  const s = await session(baseUrl, username);
  const below = await call<{ rows: { unitId: string; unitName: string }[] }>(
    baseUrl,
    s,
    'GET',
    `/campaigns/${campaignId}/allocations`,
  );
  const unit = below.rows.find((row) => row.unitName === unitName);
  if (!unit) throw new Error(`${unitName} does not take part below ${username}`);
  const sites = await call<{ items: Site[] }>(
    baseUrl,
    s,
    'GET',
    `/campaigns/${campaignId}/sites?unitId=${unit.unitId}`,
  );
  return { unitId: unit.unitId, sites: sites.items };
}
