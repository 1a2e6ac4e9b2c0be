import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { geotaggedJpeg } from '../../api/src/test/files.js';
import { campaignPhotos, campaignSites } from '../../api/src/modules/campaigns/campaigns.table.js';
import { incidentAlerts, incidentEvents, incidents } from '../../api/src/modules/incidents/incidents.table.js';
import { startJourney } from './support/journey';
import { campaignPage } from './pages/campaign-pages';
import { incidentPage } from './pages/incident-page';
import { incidentReportPage } from './pages/incident-report-page';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { ensureCoconutCampaign } from './support/campaign-data';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const SITE = {
  name: 'Kebun kelapa tanpa sinyal',
  landType: 'Lahan SAE',
  areaHa: '0,8',
  planned: '120',
  coordinates: '-6.175, 106.62',
};

let campaignId = '';
let incidentId = '';
const journey = startJourney(async () => {
  campaignId = (await ensureCoconutCampaign(journey.server.url)).id;
});

/** "2026-03-05T08:15" on a WIB clock, `minutesAgo` before now. */
function wibLocalInput(minutesAgo: number): string {
  return new Date(Date.now() - minutesAgo * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16);
}

test('a photo taken at a site without a signal waits on the phone and is attached once the signal returns', TIMEOUT, async () => {
  const db = journey.server.database.db;
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/campaigns/${campaignId}?tab=lokasi`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  const campaign = campaignPage(page);
  await campaign.registerSite(SITE);
  const card = campaign.siteCard(SITE.name);
  await card.waitFor();
  const [site] = await db.select().from(campaignSites).where(eq(campaignSites.name, SITE.name));
  assert.ok(site, 'the site is registered');

  await page.context().setOffline(true);
  const photo = await geotaggedJpeg();
  await card.getByLabel('Tambah foto').setInputFiles({ name: 'kelapa-offline.jpg', mimeType: 'image/jpeg', buffer: photo });
  await card.getByText('Foto tersimpan di perangkat; akan dikirim otomatis saat ada sinyal.').waitFor();
  const preview = card.getByRole('img', { name: `Foto ${SITE.name} yang menunggu dikirim` });
  await preview.waitFor();
  assert.ok(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the preview shows the photo from the device');
  await card.getByText(/^Menunggu dikirim/).waitFor();
  const attachedWhileOffline = await db.select().from(campaignPhotos).where(eq(campaignPhotos.siteId, site.id));
  assert.equal(attachedWhileOffline.length, 0, 'nothing reached the server without a signal');
  // The results typed in the same dead spot wait too.
  const results = card.getByRole('group', { name: 'Hasil di lokasi ini' });
  for (const input of await results.locator('input[inputmode="numeric"]').all()) await input.fill('118');
  for (const input of await results.locator('input[inputmode="decimal"]').all()) await input.fill('0,8');
  await card.getByRole('button', { name: 'Simpan hasil' }).click();
  await card.getByText('Hasil tersimpan di perangkat; akan dikirim otomatis saat ada sinyal.').waitFor();
  await assertNoSidewaysScroll(page, 'a site card with a photo waiting to be sent');
  await assertAccessible(page, 'a site card with a photo waiting to be sent');

  await page.context().setOffline(false);
  await card.getByRole('img', { name: `Foto lokasi ${SITE.name}` }).waitFor({ timeout: 30_000 });
  await card.getByText(/Diambil 9 September 2025, 08\.15 WIB/).waitFor();
  await preview.waitFor({ state: 'detached' });
  const attached = await db.select().from(campaignPhotos).where(eq(campaignPhotos.siteId, site.id));
  assert.equal(attached.length, 1, 'exactly one photo attached to the site');
  assert.equal(attached[0]?.phase, 'acara');
  const [withResults] = await db.select().from(campaignSites).where(eq(campaignSites.id, site.id));
  assert.ok(Object.values(withResults?.results ?? {}).includes(118), JSON.stringify(withResults?.results));
  await assertNoSidewaysScroll(page, 'a site card once the photo is sent');
  await page.context().close();
});

test('a first incident report made without a signal is sent once it returns: one incident, alerts started on arrival', TIMEOUT, async () => {
  const db = journey.server.database.db;
  const description = 'Dua warga binaan memanjat pagar kebun saat sinyal putus; regu jaga mengejar.';
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/insiden/baru`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  const report = incidentReportPage(page);
  await report.waitUntilLoaded();
  const seenAt = wibLocalInput(20);
  await report.fill({
    category: 'Pelarian',
    severity: 'Berat',
    occurredLocal: seenAt,
    location: 'Pagar kebun belakang',
    description,
    counters: { Kabur: '2' },
  });

  await page.context().setOffline(true);
  await report.submitButton.click();
  const main = page.getByRole('main');
  await main.getByText(/^Laporan kejadian tersimpan di perangkat; akan dikirim otomatis saat ada sinyal\./).waitFor();
  await main.getByText(/^Menunggu dikirim/).waitFor();
  await main.getByText(/dapat dicatat setelah laporan ini terkirim/).waitFor();
  assert.equal((await db.select().from(incidents).where(eq(incidents.description, description))).length, 0);
  await assertNoSidewaysScroll(page, 'a first report waiting on the phone');
  await assertAccessible(page, 'a first report waiting on the phone');

  const onlineAt = Date.now();
  await page.context().setOffline(false);
  await page.waitForURL(/\/insiden\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const incident = incidentPage(page);
  await incident.heading.waitFor();
  assert.match(await incident.number(), /^KAMTIB-\d{4}-\d{6}$/);
  // An escape alerts the unit, its Kanwil and HQ at once, as for a report sent online.
  await incident.alertFor('Banten').waitFor();

  const made = await db.select().from(incidents).where(eq(incidents.description, description));
  assert.equal(made.length, 1, 'exactly one incident');
  const row = made[0];
  assert.ok(row);
  incidentId = row.id;
  assert.equal(row.occurredAt.toISOString(), new Date(`${seenAt}:00+07:00`).toISOString(), 'the time the officer typed');
  assert.ok(row.reportedAt.getTime() >= onlineAt - 1000, 'received when the signal returned');
  const alerts = await db.select().from(incidentAlerts).where(eq(incidentAlerts.incidentId, row.id));
  assert.deepEqual([...new Set(alerts.map((a) => a.level))].sort(), ['hq', 'kanwil', 'unit']);
  assert.ok(alerts.every((a) => a.dueAt.getTime() >= row.reportedAt.getTime()), 'escalation runs from the arrival');
  await assertNoSidewaysScroll(page, 'the incident after the queued report arrived');
  await page.context().close();
});

test('a running update written without a signal waits on the phone and is recorded once when it returns', TIMEOUT, async () => {
  assert.ok(incidentId, 'the queued report above made the incident');
  const db = journey.server.database.db;
  const note = 'Satu ditangkap kembali di kebun warga; sinyal masih putus-putus.';
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/insiden/${incidentId}`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  const incident = incidentPage(page);
  await incident.heading.waitFor();
  const form = page.getByRole('main').getByRole('form', { name: 'Tambah perkembangan' });
  await form.getByRole('textbox', { name: 'Tertangkap kembali', exact: true }).fill('1');
  await form.getByLabel('Catatan perkembangan').fill(note);

  await page.context().setOffline(true);
  await form.getByRole('button', { name: 'Simpan perkembangan' }).click();
  await form.getByText('Perkembangan tersimpan di perangkat; akan dikirim otomatis saat ada sinyal.').waitFor();
  await form.getByText(/^Menunggu dikirim/).waitFor();
  await assertNoSidewaysScroll(page, 'an update waiting on the phone');
  await assertAccessible(page, 'an update waiting on the phone');

  await page.context().setOffline(false);
  await incident.timelineEntry(note).first().waitFor({ timeout: 30_000 });
  assert.equal(await incident.figure('Masih buron'), '1');
  const events = await db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, incidentId));
  assert.equal(events.filter((e) => e.note === note).length, 1, 'the update is recorded once');
  await page.context().close();
});

test('a queued first report the server refuses comes back into the form with the reason on its field', TIMEOUT, async () => {
  const db = journey.server.database.db;
  const description = 'Keributan kecil di dapur umum; waktu salah ketik saat tanpa sinyal.';
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/insiden/baru`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  const report = incidentReportPage(page);
  await report.waitUntilLoaded();
  await report.fill({
    category: 'Perkelahian',
    severity: 'Ringan',
    occurredLocal: wibLocalInput(-120),
    location: 'Dapur umum',
    description,
  });
  await page.context().setOffline(true);
  await report.submitButton.click();
  const main = page.getByRole('main');
  await main.getByText(/^Menunggu dikirim/).waitFor();

  await page.context().setOffline(false);
  await main.getByText(/^Ditolak server: /).waitFor({ timeout: 30_000 });
  await assertAccessible(page, 'a queued report refused by the server');
  // The board lists it among the reports not yet sent, which cannot take updates.
  await main.getByRole('link', { name: 'Insiden Kamtib', exact: true }).click();
  const waiting = main.getByRole('region', { name: 'Laporan kejadian yang belum terkirim' });
  await waiting.getByText('Laporan kejadian: Perkelahian, Dapur umum').waitFor();
  await assertNoSidewaysScroll(page, 'the board with a report not yet sent');
  await assertAccessible(page, 'the board with a report not yet sent');
  await page.goBack();
  await main.getByRole('button', { name: 'Perbaiki laporan' }).click();
  await report.errorText('Waktu kejadian tidak boleh di masa depan.').first().waitFor();
  assert.equal(await report.description.inputValue(), description, 'what was typed is back in the form');
  assert.equal((await db.select().from(incidents).where(eq(incidents.description, description))).length, 0);

  await report.occurredAt.fill(wibLocalInput(10));
  await report.submit();
  await incidentPage(page).heading.waitFor();
  assert.equal((await db.select().from(incidents).where(eq(incidents.description, description))).length, 1);
  await page.context().close();
});
