import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { seedIncidentRows } from '../../api/src/modules/incidents/incidents.read.test-kit.js';
import { startJourney } from './support/journey';
import { incidentStatsPage, openSeriousBanner } from './pages/incident-stats-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };
const LPP = 'Lapas Perempuan Kelas IIA Tangerang';

// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);

const journey = startJourney(async ({ server }) => {
  await seedIncidentRows(server.database.db);
});

test('Kanwil Banten lands on the banner of its open serious incidents and opens the statistics', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('kakanwil.banten');

  const banner = openSeriousBanner(page);
  await banner.heading.waitFor();
  assert.equal(await banner.heading.textContent(), '2 insiden serius terbuka');
  assert.equal(await banner.items.count(), 2, "Banten's two, not Jakarta's riot");
  const escape = banner.items.filter({ hasText: 'Pelarian' });
  assert.match(
    (await escape.textContent()) ?? '',
    new RegExp(`${LPP}.*Ditangani.*5 Maret 2026, 08\\.00 WIB.*Masih buron 7`),
  );
  assert.match((await banner.incidentLinks.last().getAttribute('href')) ?? '', /^\/insiden\/[0-9a-f-]{36}$/);
  await assertAccessible(page, 'home with the incident banner');
  await screenshot(page, shot('incident-banner-1280'));

  await banner.statisticsLink.click();
  const stats = incidentStatsPage(page);
  await stats.heading.waitFor();
  await stats.table('Menurut unit').waitFor();
  assert.equal(await stats.tileValue('Insiden').textContent(), '4');
  assert.equal(await stats.tileValue('Masih terbuka').textContent(), '3');
  assert.equal(await stats.table('Menurut unit').locator('tbody tr').count(), 2);
  assert.match(
    (await stats.table('Menurut bulan (WIB)').locator('tbody').textContent()) ?? '',
    /Februari 2026.*Maret 2026.*April 2026/,
  );
  await stats.markersOf('red').first().waitFor();
  assert.equal(await stats.markersOf('red').count(), 2, 'both Banten units have an open serious incident');
  assert.match((await stats.legend.textContent()) ?? '', /Ada insiden serius terbuka · 2 unit/);
  assert.match(
    (await stats.downloads.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')) ?? '',
    /\/incidents\/export\.csv$/,
  );
  await assertAccessible(page, 'incident statistics');
  await screenshot(page, shot('incident-stats-1280'));

  await stats.from.fill('2026-03-01');
  await stats.to.fill('2026-03-31');
  await stats.apply.click();
  await page.waitForURL(/from=2026-03-01/);
  await page.waitForFunction(() => document.querySelector('main dl dd')?.textContent === '2');
  assert.match(
    (await stats.downloads.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href')) ?? '',
    /from=2026-03-01&to=2026-03-31/,
  );

  await page.setViewportSize(PHONE);
  await stats.heading.waitFor();
  await assertNoSidewaysScroll(page, 'the incident statistics');
  await screenshot(page, shot('incident-stats-360'));
});

test('a viewer neither sees the banner nor opens the statistics', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('humas.ditjenpas');
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await openSeriousBanner(page).region.count(), 0);
  await page.goto(`${journey.server.url}/insiden/statistik`);
  await page.getByRole('heading', { name: 'Akses ditolak' }).waitFor();
});
