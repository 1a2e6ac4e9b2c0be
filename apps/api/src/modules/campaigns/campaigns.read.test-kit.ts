// A known campaign dataset for the read side (board, survival, public page, exports), built through
// the API: two Kanwil, reports in each state, sites with and without results, photos clean, with faces
// and flagged, and survival checks in two of four windows.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Campaign, CampaignPhoto, Site } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { signedIn } from '../../test/app.js';
import { sceneJpeg } from '../../test/files.js';
import { campaigns } from './campaigns.table.js';
import {
  API,
  CIPINANG,
  LPP,
  attachPhoto,
  createCampaign,
  kanwilId,
  put,
  registerSite,
  saveResults,
  unitByName,
} from './campaigns.test-kit.js';

export { API, CIPINANG, LPP } from './campaigns.test-kit.js';
export const LAPAS_I = 'Lapas Kelas I Tangerang';
export const PEMUDA = 'Lapas Pemuda Kelas IIA Tangerang';
/** A Banten unit that registers a site but never reports. */
export const LPKA = 'LPKA Tangerang';
export const BANTEN = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
export const DKI = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan DKI Jakarta';
/** A site name a spreadsheet would run as a formula. */
export const FORMULA_SITE = '=HYPERLINK("http://contoh.invalid","klik")';
export const PARTNER = {
  kind: 'pemda',
  name: 'Pemerintah Kota Tangerang',
  contactName: 'Budi Santoso',
  contactPhone: '+62 812 3456 7890',
  confirmed: true,
};

const TANGERANG_GPS = { lat: -6.175, lon: 106.62 };
const CIPINANG_GPS = { lat: -6.2146, lon: 106.8867 };
const onTheDay = (seed: number, gps: { lat: number; lon: number } | null) =>
  sceneJpeg({ seed, gps, takenAt: '2025:09:09 08:15:00', offset: '+07:00' });

export type Dataset = {
  campaign: Campaign;
  campaignId: string;
  ids: { hq: string; banten: string; dki: string; lpp: string; lapasI: string; cipinang: string };
  sites: { a: string; b: string; c: string; d: string; e: string; f: string };
  /** clean: publishable; faces: shows faces; flagged: no GPS; unverified: its unit's report is not verified. */
  files: { clean: string; faces: string; flagged: string; unverified: string };
  as: (username: string) => Promise<Client>;
};

async function ok(res: Promise<{ statusCode: number; body: string }>, status = 200): Promise<void> {
  const r = await res;
  assert.equal(r.statusCode, status, r.body);
}

const point = (lat: number, lng: number) => ({ kind: 'point', lat, lng });

/**
 * Banten (8 UPTs) and DKI (5), national target 1800 split Banten 1000 (LPP 400, Lapas I 600) and
 * DKI 800. LPP reports 300 batang on sites A and B and is verified; Lapas I reports 120 (site C, by
 * its Kanwil); Pemuda reports 5 (site E) and is returned; LPKA has site F planned for 150 and no
 * results; Cipinang reports 200 (site D). Checks: window 1 on A, F and D; window 2 on B.
 */
export async function seedCampaignDataset(t: TestApp): Promise<Dataset> {
  const as = signedIn(t);
  const [dirjen, kanwil, operator, cipinang] = await Promise.all([
    as('dirjen'),
    as('kanwil.banten'),
    as('operator.lpp.tangerang'),
    as('operator.lapas.cipinang'),
  ]);
  const [banten, dki] = await Promise.all([kanwilId(t, 'BANTEN'), kanwilId(t, 'DKI')]);
  const [lpp, lapasI, pemuda, lpka, cipinangUnit] = await Promise.all([
    unitByName(t, LPP),
    unitByName(t, LAPAS_I),
    unitByName(t, PEMUDA),
    unitByName(t, LPKA),
    unitByName(t, CIPINANG),
  ]);

  const campaign = await createCampaign(dirjen, {
    title: 'Penanaman Pohon Kelapa Serentak (uji papan)',
    body: 'Setiap unit menanam bibit kelapa pada hari yang sama dan melaporkan hasilnya.',
    target: { mode: 'filter', kanwilIds: [banten, dki] },
    metrics: [
      { key: 'seedlings', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' },
      { key: 'area_ha', name: 'Luas tanam', unit: 'ha', type: 'decimal', rollup: 'sum' },
    ],
    targetMetricKeys: ['seedlings'],
    areaMetricKey: 'area_ha',
    quantityLabel: 'batang',
    eventDate: '2025-09-09',
    windowStart: '07:00',
    windowEnd: '12:00',
    nationalTarget: 1800,
    minPerKanwil: 500,
    minPhotos: 0,
  });
  const url = `${API}/campaigns/${campaign.id}`;
  await ok(
    put(dirjen, `${url}/allocations`, {
      parentId: campaign.issuerUnitId,
      items: [
        { unitId: banten, target: 1000 },
        { unitId: dki, target: 800 },
      ],
    }),
  );
  await ok(
    put(kanwil, `${url}/allocations`, {
      parentId: banten,
      items: [
        { unitId: lpp.id, target: 400 },
        { unitId: lapasI.id, target: 600 },
      ],
    }),
  );

  const site = (name: string, geometry: object, planned: number, extra: Record<string, unknown> = {}) => ({
    name,
    geometry,
    landType: 'lahan_upt',
    areaHa: 0.5,
    planned,
    partners: [],
    ...extra,
  });
  const a = await registerSite(
    operator,
    campaign.id,
    site(FORMULA_SITE, point(-6.1752, 106.6198), 250, { partners: [PARTNER], areaHa: 1 }),
  );
  const b = await registerSite(
    operator,
    campaign.id,
    site('Kebun SAE', point(-6.176, 106.6205), 100, { landType: 'sae' }),
  );
  const c = await registerSite(
    kanwil,
    campaign.id,
    site('Halaman depan', point(-6.18, 106.625), 150, { unitId: lapasI.id }),
  );
  const e = await registerSite(
    kanwil,
    campaign.id,
    site('Lahan belakang', point(-6.19, 106.61), 10, { unitId: pemuda.id }),
  );
  const f = await registerSite(kanwil, campaign.id, site('Lahan LPKA', point(-6.2, 106.6), 150, { unitId: lpka.id }));
  const d = await registerSite(
    cipinang,
    campaign.id,
    site('Bantaran Cipinang', point(CIPINANG_GPS.lat, CIPINANG_GPS.lon), 200, {
      landType: 'bantaran_sungai',
      areaHa: 2,
    }),
  );
  await saveResults(operator, campaign.id, a.id, { seedlings: 200, area_ha: 1 });
  await saveResults(operator, campaign.id, b.id, { seedlings: 100, area_ha: 0.5 });
  await saveResults(kanwil, campaign.id, c.id, { seedlings: 120, area_ha: 0.5 });
  await saveResults(kanwil, campaign.id, e.id, { seedlings: 5, area_ha: 0.25 });
  await saveResults(cipinang, campaign.id, d.id, { seedlings: 200, area_ha: 2 });

  const clean: CampaignPhoto = await attachPhoto(operator, campaign.id, a.id, await onTheDay(1, TANGERANG_GPS));
  const faces = await attachPhoto(operator, campaign.id, b.id, await onTheDay(2, TANGERANG_GPS), { showsFaces: true });
  const flagged = await attachPhoto(operator, campaign.id, a.id, await onTheDay(3, null));
  const unverified = await attachPhoto(cipinang, campaign.id, d.id, await onTheDay(4, CIPINANG_GPS));
  assert.deepEqual(
    [clean.flags, faces.flags, unverified.flags],
    [[], [], []],
    'photos on site in the window carry no flag',
  );
  assert.deepEqual(
    flagged.flags.map((x) => x.code),
    ['no_gps'],
  );

  const report = async (by: Client, unitId?: string) => {
    const res = await by.post(`${url}/reports`, {
      narrative: 'Penanaman selesai bersama mitra.',
      ...(unitId ? { unitId } : {}),
    });
    assert.equal(res.statusCode, 201, res.body);
    return (res.json() as { id: string }).id;
  };
  await ok(kanwil.post(`${API}/reports/${await report(operator)}/decision`, { decision: 'verified' }));
  await report(kanwil, lapasI.id);
  await ok(
    kanwil.post(`${API}/reports/${await report(kanwil, pemuda.id)}/decision`, {
      decision: 'returned',
      reason: 'Foto lokasi belum ada.',
    }),
  );
  await report(cipinang);

  const check = (by: Client, s: Site, window: number, alive: number, dead: number, replanted = 0) =>
    ok(put(by, `${url}/sites/${s.id}/checks/${window}`, { alive, dead, replanted }));
  await check(operator, a, 1, 180, 20);
  await check(kanwil, f, 1, 100, 50);
  await check(cipinang, d, 1, 150, 50);
  await check(operator, b, 2, 90, 10, 5);

  return {
    campaign,
    campaignId: campaign.id,
    ids: { hq: campaign.issuerUnitId, banten, dki, lpp: lpp.id, lapasI: lapasI.id, cipinang: cipinangUnit.id },
    sites: { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id, f: f.id },
    files: { clean: clean.fileId, faces: faces.fileId, flagged: flagged.fileId, unverified: unverified.fileId },
    as,
  };
}

export async function openPublicPage(t: TestApp, campaignId: string, open = true): Promise<void> {
  await t.database.db.update(campaigns).set({ publicPage: open }).where(eq(campaigns.id, campaignId));
}
