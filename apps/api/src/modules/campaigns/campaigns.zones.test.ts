import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Campaign } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { sceneJpeg } from '../../test/files.js';
import { API, attachPhoto, codes, coconutBody, createCampaign, kanwilId, registerSite, unitByName } from './campaigns.test-kit.js';

// Each unit plants on its own local morning: the window 07.00–12.00 is WIB in Tangerang and WITA in Makassar.
const MAKASSAR = { lat: -5.16, lon: 119.45 };
const TANGERANG = { lat: -6.175, lon: 106.62 };
let t: TestApp;
let lpp: Client;
let makassar: Client;
let campaign: Campaign;
let lppSite: string;
let makassarSite: string;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-05T03:00:00Z') });
  const admin = await t.as('admin');
  const rutan = await unitByName(t, 'Rutan Kelas I Makassar');
  const created = await admin.post(`${API}/users`, {
    username: 'operator.rutan.makassar',
    name: 'Andi Operator',
    password: 'selaras-demo',
    position: { title: 'Operator Rutan Makassar', role: 'operator', unitId: rutan.id },
  });
  assert.equal(created.statusCode, 201, created.body);
  [lpp, makassar] = [await t.as('operator.lpp.tangerang'), await t.as('operator.rutan.makassar')];
  campaign = await createCampaign(await t.as('dirjen'), coconutBody([await kanwilId(t, 'BANTEN'), await kanwilId(t, 'SULSEL')]));
  lppSite = (await registerSite(lpp, campaign.id)).id;
  makassarSite = (await registerSite(makassar, campaign.id, { name: 'Lahan SAE Rutan Makassar', geometry: { kind: 'point', lat: MAKASSAR.lat, lng: MAKASSAR.lon } })).id;
});
after(async () => t.close());

test('06.30 WIB is 07.30 WITA: too early in Tangerang, in time in Makassar', async () => {
  const at = { takenAt: '2025:09:09 06:30:00', offset: '+07:00' };
  assert.deepEqual(codes(await attachPhoto(lpp, campaign.id, lppSite, await sceneJpeg({ seed: 51, gps: TANGERANG, ...at }))), ['outside_window']);
  assert.deepEqual(codes(await attachPhoto(makassar, campaign.id, makassarSite, await sceneJpeg({ seed: 52, gps: MAKASSAR, ...at }))), []);
});

test('a camera clock without an offset is read in the unit’s own zone', async () => {
  const late = await attachPhoto(makassar, campaign.id, makassarSite, await sceneJpeg({ seed: 53, gps: MAKASSAR, takenAt: '2025:09:09 12:30:00', offset: null }));
  assert.deepEqual(codes(late), ['outside_window']);
  assert.match(late.flags[0]?.message ?? '', /WITA/);
  const inTime = await attachPhoto(makassar, campaign.id, makassarSite, await sceneJpeg({ seed: 54, gps: MAKASSAR, takenAt: '2025:09:09 11:30:00', offset: null }));
  assert.deepEqual(codes(inTime), []);
});
