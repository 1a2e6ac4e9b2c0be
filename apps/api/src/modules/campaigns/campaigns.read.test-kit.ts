// A known campaign dataset for the read side (board, survival, public page, exports): two Kanwil,
// a few reports in each state, sites with and without results, photos clean, with faces and flagged,
// and survival checks in two of four windows.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Assignment, Directive, PhotoFlag } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { signedIn } from '../../test/app.js';
import { geotaggedJpeg, uploadOk } from '../../test/files.js';
import { orgUnits } from '../org-units/index.js';
import { campaignAllocations, campaignPhotos, campaigns, campaignSiteChecks, campaignSites } from './campaigns.table.js';

export const API = '/api/v1';
export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const LAPAS_I = 'Lapas Kelas I Tangerang';
export const PEMUDA = 'Lapas Pemuda Kelas IIA Tangerang';
export const CIPINANG = 'Lapas Kelas I Cipinang';
export const BANTEN = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
export const DKI = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan DKI Jakarta';
/** A site name a spreadsheet would run as a formula. */
export const FORMULA_SITE = '=HYPERLINK("http://contoh.invalid","klik")';
export const PARTNER_CONTACT = { contactName: 'Budi Santoso', contactPhone: '+62 812 3456 7890' };

const FLAG: PhotoFlag = { code: 'outside_geofence', message: 'Foto diambil 2,1 km dari lokasi', detail: { distanceM: 2100 } };

export type Dataset = {
  campaignId: string;
  directive: Directive;
  ids: { banten: string; dki: string; lpp: string; cipinang: string };
  sites: { a: string; b: string; c: string; d: string };
  /** f1 publishable; f2 shows faces; f3 flagged; f4 from a unit not yet verified. */
  files: { clean: string; faces: string; flagged: string; unverified: string };
  as: (username: string) => Promise<Client>;
};

async function unitOf(t: TestApp, where: { name?: string; code?: string }) {
  const [unit] = await t.database.db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(where.name ? eq(orgUnits.name, where.name) : eq(orgUnits.code, where.code ?? ''));
  assert.ok(unit, `unit ${JSON.stringify(where)} is seeded`);
  return unit;
}

async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 200): Promise<T> {
  const r = await res;
  assert.equal(r.statusCode, status, r.body);
  return r.json() as T;
}

/**
 * Banten (8 UPTs) and DKI (5): LPP reported 300 and verified; Lapas I reported 120 (by its Kanwil);
 * Pemuda reported 5 and was returned; Cipinang reported 200. Targets: national 5000, Banten 1000,
 * DKI 800, LPP 400.
 */
export async function seedCampaignDataset(t: TestApp): Promise<Dataset> {
  const as = signedIn(t);
  const [dirjen, kanwil, operator, cipinang] = await Promise.all([as('dirjen'), as('kanwil.banten'), as('operator.lpp.tangerang'), as('operator.lapas.cipinang')]);
  const [banten, dki, hq, lpp, lapasI, cipinangUnit] = await Promise.all([
    unitOf(t, { code: 'banten' }),
    unitOf(t, { code: 'dki' }),
    unitOf(t, { code: 'ditjenpas' }),
    unitOf(t, { name: LPP }),
    unitOf(t, { name: LAPAS_I }),
    unitOf(t, { name: CIPINANG }),
  ]);

  const draft = await ok<Directive>(
    dirjen.post(`${API}/directives`, {
      source: 'instruction',
      title: 'Penanaman Pohon Kelapa Serentak (uji papan)',
      body: 'Setiap unit menanam bibit kelapa pada hari yang sama dan melaporkan hasilnya.',
      target: { mode: 'filter', kanwilIds: [banten.id, dki.id] },
      metrics: [
        { key: 'seedlings', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' },
        { key: 'area_ha', name: 'Luas tanam', unit: 'ha', type: 'decimal', rollup: 'sum' },
      ],
      due: { local: '2025-09-10T12:00', zone: 'unit' },
    }),
    201,
  );
  const directive = await ok<Directive>(dirjen.post(`${API}/directives/${draft.id}/issue`));
  const db = t.database.db;
  const [campaign] = await db
    .insert(campaigns)
    .values({
      directiveId: directive.id,
      targetMetricKeys: ['seedlings'],
      areaMetricKey: 'area_ha',
      quantityLabel: 'batang',
      eventDate: '2025-09-09',
      windowStart: '08:00',
      windowEnd: '11:00',
      nationalTarget: 5000,
      minPerKanwil: 500,
      geofenceRadiusM: 500,
      monitoringMonths: [1, 3, 6, 12],
      issuerUnitId: hq.id,
      issuerUnitPath: hq.path,
    })
    .returning({ id: campaigns.id });
  assert.ok(campaign);
  const allocation = (unit: { id: string; path: string }, target: number) => ({ campaignId: campaign.id, unitId: unit.id, unitPath: unit.path, target, updatedByUserId: directive.issuerUnitId });
  await db.insert(campaignAllocations).values([allocation(banten, 1000), allocation(dki, 800), allocation(lpp, 400)]);

  const site = (unit: { id: string; path: string }, name: string, lat: number, lng: number, planned: number, results: Record<string, number> | null) => ({
    campaignId: campaign.id,
    unitId: unit.id,
    unitPath: unit.path,
    name,
    geometry: { kind: 'point' as const, lat, lng },
    lat,
    lng,
    landType: 'lahan_upt' as const,
    areaHa: results?.area_ha ?? 0.5,
    planned,
    partners: [] as { kind: 'pemda'; name: string; confirmed: boolean; contactName?: string; contactPhone?: string }[],
    results,
    createdByUserId: directive.issuerUnitId,
  });
  const siteA = { ...site(lpp, FORMULA_SITE, -6.178312, 106.631945, 250, { seedlings: 200, area_ha: 1 }) };
  siteA.partners = [{ kind: 'pemda', name: 'Pemerintah Kota Tangerang', confirmed: true, ...PARTNER_CONTACT }];
  const inserted = await db
    .insert(campaignSites)
    .values([
      siteA,
      site(lpp, 'Kebun SAE', -6.17901, 106.6321, 100, { seedlings: 100, area_ha: 0.5 }),
      site(lapasI, 'Halaman depan', -6.18, 106.625, 150, null),
      site(cipinangUnit, 'Bantaran Cipinang', -6.2141, 106.8826, 200, { seedlings: 200 }),
    ])
    .returning({ id: campaignSites.id });
  const [a, b, c, d] = inserted.map((s) => s.id);
  assert.ok(a && b && c && d);

  const photo = async (by: Client, color: string, siteId: string, unit: { id: string; path: string }, extra: { showsFaces?: boolean; flags?: PhotoFlag[] } = {}) => {
    const file = await uploadOk(by, `lokasi-${color.slice(1)}.jpg`, await geotaggedJpeg({ color }));
    await db.insert(campaignPhotos).values({
      campaignId: campaign.id,
      siteId,
      unitId: unit.id,
      unitPath: unit.path,
      fileId: file.id,
      phase: 'acara',
      showsFaces: extra.showsFaces ?? false,
      flags: extra.flags ?? [],
      createdByUserId: directive.issuerUnitId,
    });
    return file.id;
  };
  const files = {
    clean: await photo(operator, '#2f855a', a, lpp),
    faces: await photo(operator, '#2b6cb0', b, lpp, { showsFaces: true }),
    flagged: await photo(operator, '#c05621', a, lpp, { flags: [FLAG] }),
    unverified: await photo(cipinang, '#6b46c1', d, cipinangUnit),
  };

  const page = await ok<{ items: Assignment[] }>(dirjen.get(`${API}/assignments?limit=500&directiveId=${directive.id}&role=follow_up`));
  const assignmentOf = (name: string) => {
    const found = page.items.find((x) => x.unitName === name);
    assert.ok(found, name);
    return found.id;
  };
  const report = (by: Client, unit: string, seedlings: number, area: number) =>
    ok<{ id: string }>(by.post(`${API}/assignments/${assignmentOf(unit)}/reports`, { values: { seedlings, area_ha: area }, narrative: 'Penanaman selesai.' }), 201);
  const lppReport = await report(operator, LPP, 300, 1.5);
  await ok(kanwil.post(`${API}/reports/${lppReport.id}/decision`, { decision: 'verified' }));
  await report(kanwil, LAPAS_I, 120, 0.5);
  const pemuda = await report(kanwil, PEMUDA, 5, 0.25);
  await ok(kanwil.post(`${API}/reports/${pemuda.id}/decision`, { decision: 'returned', reason: 'Foto lokasi belum ada.' }));
  await report(cipinang, CIPINANG, 200, 2);

  const check = (siteId: string, unitPath: string, window: number, alive: number, dead: number, replanted = 0) => ({
    siteId,
    campaignId: campaign.id,
    unitPath,
    window,
    alive,
    dead,
    replanted,
    checkedAt: new Date('2025-10-09T03:00:00Z'),
    checkedByUserId: directive.issuerUnitId,
  });
  await db.insert(campaignSiteChecks).values([
    check(a, lpp.path, 1, 180, 20),
    check(c, lapasI.path, 1, 100, 50),
    check(d, cipinangUnit.path, 1, 150, 50),
    check(b, lpp.path, 2, 90, 10, 5),
  ]);

  return { campaignId: campaign.id, directive, ids: { banten: banten.id, dki: dki.id, lpp: lpp.id, cipinang: cipinangUnit.id }, sites: { a, b, c, d }, files, as };
}

export async function openPublicPage(t: TestApp, campaignId: string, open = true): Promise<void> {
  await t.database.db.update(campaigns).set({ publicPage: open }).where(eq(campaigns.id, campaignId));
}
