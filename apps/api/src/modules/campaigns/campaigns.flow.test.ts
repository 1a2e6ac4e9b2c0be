import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Assignment, Campaign, CampaignPhoto, Directive, Site } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { sceneJpeg } from '../../test/files.js';
import {
  API,
  attachPhoto,
  CIPINANG,
  codes,
  coconutBody,
  createCampaign,
  kanwilId,
  LPP,
  problem,
  put,
  registerSite,
  saveResults,
  siteBody,
  testClock,
  unitByName,
} from './campaigns.test-kit.js';

const TANGERANG = { lat: -6.175, lon: 106.62 };
const CIPINANG_GPS = { lat: -6.2146, lon: 106.8867 };
const onTheDay = (seed: number, gps: { lat: number; lon: number } | null = TANGERANG) =>
  sceneJpeg({ seed, gps, takenAt: '2025:09:09 08:15:00', offset: '+07:00' });

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
let cipinang: Client;
let viewer: Client;
let campaign: Campaign;
let site: Site;
const clock = testClock('2025-09-02T03:00:00Z');

before(async () => {
  t = await buildTestApp({ clock: clock.clock });
  [dirjen, kanwil, operator, cipinang, viewer] = (await Promise.all(
    ['dirjen', 'kanwil.banten', 'operator.lpp.tangerang', 'operator.lapas.cipinang', 'humas.ditjenpas'].map((u) => t.as(u)),
  )) as [Client, Client, Client, Client, Client];
  campaign = await createCampaign(dirjen, coconutBody([await kanwilId(t, 'BANTEN'), await kanwilId(t, 'DKI')]));
  site = await registerSite(operator, campaign.id);
});
after(async () => t.close());

describe('announcing a campaign', () => {
  test('fans the directive out to every target unit and adds a monitoring directive with windows at +1, +3, +6 and +12 months', async () => {
    const directive = (await dirjen.get(`${API}/directives/${campaign.directiveId}`)).json() as Directive;
    assert.equal(directive.status, 'issued');
    assert.ok(directive.followUpCount > 5);
    assert.ok(campaign.monitoringDirectiveId);
    const monitoring = (await dirjen.get(`${API}/directives/${campaign.monitoringDirectiveId}`)).json() as Directive;
    assert.equal(monitoring.windowCount, 4);
    assert.deepEqual(monitoring.recurrence, { kind: 'custom', dueDates: ['2025-10-09', '2025-12-09', '2026-03-09', '2026-09-09'] });
    assert.equal(campaign.phase, 'persiapan');
  });

  test('the same engine runs a harvest counted in kilograms of several commodities', async () => {
    const harvest = await createCampaign(
      dirjen,
      coconutBody([await kanwilId(t, 'BANTEN')], {
        title: 'Panen Raya Serentak',
        metrics: [
          { key: 'padi_kg', name: 'Padi', unit: 'kg', type: 'decimal', rollup: 'sum' },
          { key: 'sayur_kg', name: 'Sayuran', unit: 'kg', type: 'decimal', rollup: 'sum' },
        ],
        targetMetricKeys: ['padi_kg', 'sayur_kg'],
        areaMetricKey: undefined,
        quantityLabel: 'kg',
        eventDate: '2026-01-15',
        monitoringMonths: [],
      }),
    );
    assert.equal(harvest.monitoringDirectiveId, null);
    assert.deepEqual(harvest.targetMetricKeys, ['padi_kg', 'sayur_kg']);
  });

  test('refuses a window that ends before it starts and a target metric that is not a number of the campaign', async () => {
    const ids = [await kanwilId(t, 'BANTEN')];
    problem(await dirjen.post(`${API}/campaigns`, coconutBody(ids, { windowStart: '12:00', windowEnd: '07:00' })), 400);
    problem(await dirjen.post(`${API}/campaigns`, coconutBody(ids, { targetMetricKeys: ['varietas'] })), 400);
  });

  test('only those allowed announce; units outside the campaign do not see it', async () => {
    problem(await operator.post(`${API}/campaigns`, coconutBody([])), 403);
    assert.equal((await operator.get(`${API}/campaigns/${campaign.id}`)).statusCode, 200);
    assert.equal((await viewer.get(`${API}/campaigns/${campaign.id}`)).statusCode, 200);
    const outside = await createCampaign(dirjen, coconutBody([await kanwilId(t, 'BANTEN')], { title: 'Gerakan khusus Banten' }));
    problem(await cipinang.get(`${API}/campaigns/${outside.id}`), 404);
    const list = (await cipinang.get(`${API}/campaigns`)).json() as { items: Campaign[] };
    assert.ok(list.items.some((c) => c.id === campaign.id) && !list.items.some((c) => c.id === outside.id));
  });
});

describe('sites', () => {
  test('a unit registers a point or a polygon; the map point is the polygon centre', async () => {
    const polygon = await registerSite(operator, campaign.id, {
      name: 'Bantaran sungai Cisadane',
      landType: 'bantaran_sungai',
      geometry: { kind: 'polygon', points: [{ lat: -6.17, lng: 106.61 }, { lat: -6.17, lng: 106.63 }, { lat: -6.18, lng: 106.63 }, { lat: -6.18, lng: 106.61 }] },
    });
    assert.ok(Math.abs(polygon.centroid.lat + 6.175) < 0.001 && Math.abs(polygon.centroid.lng - 106.62) < 0.001);
    assert.equal(polygon.status, 'terdaftar');
    assert.equal(site.partners[0]?.kind, 'imigrasi');
    assert.equal((await operator.delete(`${API}/campaigns/${campaign.id}/sites/${polygon.id}`)).statusCode, 204);
  });

  test('coordinates outside Indonesia and sites for another unit are refused', async () => {
    problem(await operator.post(`${API}/campaigns/${campaign.id}/sites`, siteBody({ geometry: { kind: 'point', lat: 60, lng: 106.62 } })), 400);
    const cip = await unitByName(t, CIPINANG);
    problem(await operator.post(`${API}/campaigns/${campaign.id}/sites`, siteBody({ unitId: cip.id })), 422, 'campaigns.unit_not_target');
    problem(await cipinang.patch(`${API}/campaigns/${campaign.id}/sites/${site.id}`, { name: 'Bukan milik Cipinang' }), 404);
  });

  test('a site update with nothing to change is refused as bad input, not a server error', async () => {
    const empty = problem(await operator.patch(`${API}/campaigns/${campaign.id}/sites/${site.id}`, {}), 400, 'validation_failed');
    assert.match(JSON.stringify(empty), /minimal satu data lokasi/);
  });

  test('the Kanwil registers on a unit’s behalf; the unit sees it', async () => {
    const lpp = await unitByName(t, LPP);
    const onBehalf = await registerSite(kanwil, campaign.id, { unitId: lpp.id, name: 'Lahan masyarakat Desa Babakan', landType: 'lahan_masyarakat' });
    const mine = (await operator.get(`${API}/campaigns/${campaign.id}/sites`)).json() as { items: Site[] };
    assert.ok(mine.items.some((s) => s.id === onBehalf.id));
    assert.equal((await kanwil.delete(`${API}/campaigns/${campaign.id}/sites/${onBehalf.id}`)).statusCode, 204);
  });

  test('results must fit the campaign metrics', async () => {
    const res = await put(operator, `${API}/campaigns/${campaign.id}/sites/${site.id}/results`, { values: { bibit: 'tiga ratus' } });
    problem(res, 422, 'directives.invalid_values');
  });
});

describe('photo evidence is flagged, never refused', () => {
  let clean: CampaignPhoto;

  test('a photo taken on site in the window carries no flag', async () => {
    clean = await attachPhoto(operator, campaign.id, site.id, await onTheDay(1));
    assert.deepEqual(codes(clean), []);
  });

  test('no GPS, far from the site, outside the window, edited', async () => {
    assert.deepEqual(codes(await attachPhoto(operator, campaign.id, site.id, await onTheDay(2, null))), ['no_gps']);
    assert.deepEqual(codes(await attachPhoto(operator, campaign.id, site.id, await onTheDay(3, CIPINANG_GPS))), ['outside_geofence']);
    const early = await sceneJpeg({ seed: 4, gps: TANGERANG, takenAt: '2025:09:08 16:20:00', offset: '+07:00' });
    assert.deepEqual(codes(await attachPhoto(operator, campaign.id, site.id, early)), ['outside_window']);
    const edited = await sceneJpeg({ seed: 5, gps: TANGERANG, takenAt: '2025:09:09 08:15:00', offset: '+07:00', software: 'Adobe Photoshop 25.0' });
    const flagged = await attachPhoto(operator, campaign.id, site.id, edited);
    assert.deepEqual(codes(flagged), ['edited']);
    assert.match(flagged.flags[0]?.message ?? '', /Photoshop/);
  });

  test('a resized, re-encoded copy sent by another unit is flagged as a duplicate', async () => {
    const cipSite = await registerSite(cipinang, campaign.id, { name: 'Halaman Lapas Cipinang', geometry: { kind: 'point', lat: CIPINANG_GPS.lat, lng: CIPINANG_GPS.lon } });
    const sharp = (await import('sharp')).default;
    const original = await onTheDay(1);
    const copy = await sharp(original).resize({ width: 400 }).jpeg({ quality: 60 }).withMetadata().toBuffer();
    const photo = await attachPhoto(cipinang, campaign.id, cipSite.id, copy);
    assert.ok(codes(photo).includes('duplicate'), JSON.stringify(photo.flags));
    const different = await attachPhoto(cipinang, campaign.id, cipSite.id, await onTheDay(9, CIPINANG_GPS));
    assert.ok(!codes(different).includes('duplicate'), JSON.stringify(different.flags));
  });

  test('the faces toggle marks a photo as not for publication', async () => {
    const res = await operator.patch(`${API}/campaigns/${campaign.id}/photos/${clean.id}`, { showsFaces: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as CampaignPhoto).showsFaces, true);
  });

  test('a document is not a photo, and a file of another unit is not found', async () => {
    const res = await operator.post(`${API}/campaigns/${campaign.id}/sites/${site.id}/photos`, { fileId: campaign.id });
    problem(res, 422, 'campaigns.file_not_found');
  });
});

describe('reporting and verification', () => {
  test('the report sums the sites, locks them, and the Kanwil verifies it from its queue', async () => {
    problem(await operator.post(`${API}/campaigns/${campaign.id}/reports`, { narrative: 'Penanaman selesai.' }), 422, 'campaigns.results_missing');
    await saveResults(operator, campaign.id, site.id, { bibit: 300, luas_ha: 1.2, varietas: 'genjah' });
    const second = await registerSite(operator, campaign.id, { name: 'Lahan UPT depan', landType: 'lahan_upt', areaHa: 0.4, planned: 100 });
    await saveResults(operator, campaign.id, second.id, { bibit: 120, luas_ha: 0.5, varietas: 'genjah' });
    const res = await operator.post(`${API}/campaigns/${campaign.id}/reports`, { narrative: 'Penanaman bersama Imigrasi dan Polsek.' });
    assert.equal(res.statusCode, 201, res.body);
    const report = res.json() as { id: string; values: Record<string, unknown>; attachments: unknown[] };
    assert.deepEqual(report.values, { bibit: 420, luas_ha: 1.7, varietas: 'genjah' });
    assert.equal(report.attachments.length, 5);

    problem(await put(operator, `${API}/campaigns/${campaign.id}/sites/${site.id}/results`, { values: { bibit: 999, luas_ha: 1, varietas: 'dalam' } }), 409, 'campaigns.site_locked');
    const sites = (await operator.get(`${API}/campaigns/${campaign.id}/sites`)).json() as { items: Site[] };
    assert.ok(sites.items.every((s) => s.status === 'dilaporkan'));
    // Locked for the event, still open for the survival counts and monitoring photos that come later.
    assert.ok(sites.items.every((s) => !s.abilities.edit && s.abilities.monitor));
    const seenFromHq = (await dirjen.get(`${API}/campaigns/${campaign.id}/sites?unitId=${site.unitId}`)).json() as { items: Site[] };
    assert.ok(seenFromHq.items.length > 0 && seenFromHq.items.every((s) => !s.abilities.monitor));

    const queue = (await kanwil.get(`${API}/campaigns/${campaign.id}/queue`)).json() as { items: { reportId: string; unitName: string; flaggedPhotos: number; flagCodes: string[] }[] };
    const item = queue.items.find((i) => i.unitName === LPP);
    assert.ok(item, 'the report waits in the Kanwil queue');
    assert.equal(item.flaggedPhotos, 4);
    assert.deepEqual([...item.flagCodes].sort(), ['edited', 'no_gps', 'outside_geofence', 'outside_window']);
    assert.deepEqual(((await operator.get(`${API}/campaigns/${campaign.id}/queue`)).statusCode), 403);

    const decided = await kanwil.post(`${API}/reports/${item.reportId}/decision`, { decision: 'verified' });
    assert.equal(decided.statusCode, 200, decided.body);
    const after = (await operator.get(`${API}/campaigns/${campaign.id}/sites`)).json() as { items: Site[] };
    assert.ok(after.items.every((s) => s.status === 'terverifikasi'));
    const assignments = (await operator.get(`${API}/assignments?directiveId=${campaign.directiveId}`)).json() as { items: Assignment[] };
    assert.equal(assignments.items[0]?.status, 'terverifikasi');
  });
});
