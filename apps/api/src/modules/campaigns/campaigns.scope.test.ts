import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Campaign, Site } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, coconutBody, createCampaign, kanwilId, put, registerSite } from './campaigns.test-kit.js';

/**
 * Who may do what to Lapas Perempuan Tangerang's site (a Banten UPT), through the API: the unit itself, its
 * Kanwil, HQ, a unit of another Kanwil taking part in the same campaign, and HQ's public relations viewer.
 */
type Actor = 'own unit' | 'parent Kanwil' | 'HQ leader' | 'other Kanwil unit' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own unit': 'operator.lpp.tangerang',
  'parent Kanwil': 'kanwil.banten',
  'HQ leader': 'dirjen',
  'other Kanwil unit': 'operator.lapas.cipinang',
  'HQ viewer': 'humas.ditjenpas',
};

type Action = 'sees the site' | 'edits the site' | 'attaches results' | 'board of Banten' | 'queue' | 'splits Banten' | 'changes settings';
/** Expected status per action and actor (200/201 allowed, 403 forbidden, 404 out of sight). */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  'sees the site': { 'own unit': 200, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 404, 'HQ viewer': 200 },
  'edits the site': { 'own unit': 200, 'parent Kanwil': 200, 'HQ leader': 403, 'other Kanwil unit': 404, 'HQ viewer': 403 },
  'attaches results': { 'own unit': 200, 'parent Kanwil': 200, 'HQ leader': 403, 'other Kanwil unit': 404, 'HQ viewer': 403 },
  'board of Banten': { 'own unit': 404, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 404, 'HQ viewer': 200 },
  queue: { 'own unit': 403, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 403, 'HQ viewer': 403 },
  'splits Banten': { 'own unit': 403, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 403, 'HQ viewer': 403 },
  'changes settings': { 'own unit': 403, 'parent Kanwil': 403, 'HQ leader': 200, 'other Kanwil unit': 403, 'HQ viewer': 403 },
};

let t: TestApp;
let campaign: Campaign;
let site: Site;
let banten: string;
let bantenUpts: string[];
const clients = new Map<Actor, Client>();

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-05T03:00:00Z') });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await t.as(ACCOUNTS[actor]));
  banten = await kanwilId(t, 'BANTEN');
  const dirjen = clients.get('HQ leader') as Client;
  campaign = await createCampaign(dirjen, coconutBody([banten, await kanwilId(t, 'DKI')], { nationalTarget: 0, minPerKanwil: 0 }));
  site = await registerSite(clients.get('own unit') as Client, campaign.id);
  const split = (await (clients.get('parent Kanwil') as Client).get(`${API}/campaigns/${campaign.id}/allocations`)).json() as { rows: { unitId: string }[] };
  bantenUpts = split.rows.map((r) => r.unitId);
});
after(async () => t.close());

const base = () => `${API}/campaigns/${campaign.id}`;
const ACT: Record<Action, (by: Client) => Promise<number>> = {
  'sees the site': async (by) => {
    const res = await by.get(`${base()}/sites`);
    if (res.statusCode !== 200) return res.statusCode;
    return (res.json() as { items: Site[] }).items.some((s) => s.id === site.id) ? 200 : 404;
  },
  'edits the site': async (by) => (await by.patch(`${base()}/sites/${site.id}`, { notes: 'Catatan baru' })).statusCode,
  'attaches results': async (by) => (await put(by, `${base()}/sites/${site.id}/results`, { values: { bibit: 10, luas_ha: 0.1, varietas: 'dalam' } })).statusCode,
  'board of Banten': async (by) => (await by.get(`${base()}/board?kanwilId=${banten}`)).statusCode,
  queue: async (by) => (await by.get(`${base()}/queue`)).statusCode,
  'splits Banten': async (by) => (await put(by, `${base()}/allocations`, { parentId: banten, items: bantenUpts.map((unitId) => ({ unitId, target: 0 })) })).statusCode,
  'changes settings': async (by) => (await by.patch(base(), { geofenceRadiusM: 400 })).statusCode,
};

describe('campaign scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](clients.get(actor) as Client), expected);
      });
    }
  }
});
