import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geotaggedJpeg } from '../../api/src/test/files.js';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { campaignPage, campaignsPage, newCampaignPage } from './pages/campaign-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { COCONUT, ensureCoconutCampaign, ownSites } from './support/campaign-data';

const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const SITE = {
  name: 'Lahan SAE uji jurnal kelapa',
  landType: 'Lahan SAE',
  areaHa: '1,2',
  planned: '300',
  coordinates: '-6.175, 106.62',
};

let campaignId = '';

const journey = startJourney(async () => {
  campaignId = (await ensureCoconutCampaign(journey.server.url)).id;
});

test(
  'an operator of Lapas Perempuan Tangerang registers a site, adds a geotagged photo and reports, on a phone',
  TIMEOUT,
  async () => {
    const page = await openPage(journey.browser, PHONE);
    await page.goto(`${journey.server.url}/login`);
    await signInPage(page).signIn('operator.lpp.tangerang');

    await appShell(page).openSection('Gerakan Serentak');
    const list = campaignsPage(page);
    await list.waitUntilLoaded();
    await assertNoSidewaysScroll(page, 'campaign list');
    await list.campaignLink(COCONUT).click();
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}`));

    const campaign = campaignPage(page);
    await campaign.openTab('Lokasi');
    await campaign.registerSite(SITE);
    await campaign.siteCard(SITE.name).waitFor();
    await assertNoSidewaysScroll(page, 'sites tab with the new site');

    await campaign.enterResults(SITE.name, '280', '1,2');
    // Taken at the site (-6.175, 106.62) on 9 September 2025 at 08.15 WIB, inside the campaign window.
    const photo = await geotaggedJpeg();
    await campaign.uploadPhoto(SITE.name, { name: 'kelapa-tangerang.jpg', mimeType: 'image/jpeg', buffer: photo });
    await campaign
      .siteCard(SITE.name)
      .getByText(/Diambil 9 September 2025, 08\.15 WIB/)
      .waitFor();
    await assertAccessible(page, 'sites tab with results and a photo');
    await assertNoSidewaysScroll(page, 'sites tab with a photo');

    await campaign.submitReport('Penanaman kelapa bersama Kantor Imigrasi Tangerang selesai pukul 10.00.');
    await campaign.siteCard(SITE.name).getByText('Dilaporkan', { exact: true }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Daftarkan lokasi' }).count(), 0, 'no new site once the report is in');

    await campaign.openTab('Papan');
    await page
      .getByRole('main')
      .getByText(/^diperbarui \d{2}\.\d{2} WIB$/)
      .waitFor();
    await campaign.mapMarkers().first().waitFor();
    assert.ok((await campaign.legendCount('Dilaporkan')) >= 1);
    await assertNoSidewaysScroll(page, 'live board');
    await page.context().close();
  },
);

test(
  'the Kanwil Banten verifier sees the report with its photo and verifies it; the board shows it verified',
  TIMEOUT,
  async () => {
    const lppSites = (await ownSites(journey.server.url, 'operator.lpp.tangerang', campaignId)).length;
    const page = await openPage(journey.browser);
    await page.goto(`${journey.server.url}/campaigns/${campaignId}`);
    await signInPage(page).signIn('kanwil.banten');

    const campaign = campaignPage(page);
    await campaign.mapMarkers().first().waitFor();
    const verifiedBefore = await campaign.legendCount('Terverifikasi');

    await campaign.openTab('Verifikasi');
    const item = campaign.queueItem(UNIT);
    await item.waitFor();
    await item.getByRole('button', { name: `Lihat lokasi dan foto ${UNIT}` }).click();
    await item.getByRole('img', { name: `Foto lokasi ${SITE.name}` }).waitFor();
    await assertAccessible(page, 'verification queue with an item opened');
    await item.getByRole('button', { name: `Verifikasi ${UNIT}` }).click();
    await item.waitFor({ state: 'detached' });

    await campaign.openTab('Papan');
    await campaign.legendItem(`Terverifikasi · ${verifiedBefore + lppSites} lokasi`).waitFor();
    await page.context().close();
  },
);

test('anyone can open the coconut campaign’s public impact page without signing in, on a phone', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/publik/gerakan/${campaignId}`);
  await page.getByRole('heading', { level: 1, name: COCONUT }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/publik\/gerakan\//);
  await page.getByRole('table', { name: 'Capaian per Kanwil' }).waitFor();
  await page.locator('.site-marker, .site-cluster').first().waitFor();
  await assertAccessible(page, 'public impact page');
  await assertNoSidewaysScroll(page, 'public impact page');
  await page.context().close();
});

test('the Dirjen creates a campaign for Kanwil Banten; the draft survives a reload', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('dirjen');

  await appShell(page).openSection('Gerakan Serentak');
  const list = campaignsPage(page);
  await list.waitUntilLoaded();
  await page.getByRole('main').getByRole('link', { name: 'Buat gerakan' }).click();

  const form = newCampaignPage(page);
  await form.heading.waitFor();
  const title = 'Penanaman Mangrove Serentak Hari Bhakti Pemasyarakatan';
  await form.fill({
    title,
    body: 'Setiap UPT di Banten menanam bibit mangrove bersama mitra dan melaporkan hasilnya dengan foto bergeotag.',
    kanwil: 'Kanwil Banten',
    eventDate: '2026-04-27',
    nationalTarget: '5000',
  });
  await page.reload();
  await form.heading.waitFor();
  assert.equal(await form.title.inputValue(), title);
  await assertAccessible(page, 'new campaign form');
  await form.save();

  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await page.getByRole('main').getByRole('heading', { level: 1, name: title }).waitFor();
  await page
    .getByRole('main')
    .getByText(/^27 April 2026, pukul 07\.00–12\.00/)
    .waitFor();
  await page.context().close();
});

test(
  'the Dirjen allocates the national target to Kanwil Banten and looks at its split over the UPTs',
  TIMEOUT,
  async () => {
    const page = await openPage(journey.browser);
    await page.goto(`${journey.server.url}/campaigns/${campaignId}?tab=alokasi`);
    await signInPage(page).signIn('dirjen');

    const main = page.getByRole('main');
    await main.getByLabel('Target Kanwil Banten', { exact: true }).fill('30000');
    await main.getByRole('button', { name: 'Simpan alokasi' }).click();
    await main.getByText('Alokasi tersimpan.').waitFor();
    assert.equal(await main.getByLabel('Target Kanwil Banten', { exact: true }).inputValue(), '30000');

    await main.getByRole('combobox', { name: 'Tingkat yang ditampilkan' }).selectOption({ label: 'Kanwil Banten' });
    const split = main.getByRole('table', { name: /^Alokasi target di bawah Kantor Wilayah .* Banten$/ });
    await split.waitFor();
    await split.getByRole('cell', { name: UNIT, exact: true }).waitFor();
    await assertAccessible(page, 'allocation of a Kanwil seen from HQ');
    await page.context().close();
  },
);
