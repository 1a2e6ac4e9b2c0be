import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { dashboardPage } from './pages/overview-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';
import { seedBantenFollowUp } from './support/follow-up-data';

const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };
const TITLE = 'Kesiapan menindaklanjuti arahan Dirjenpas';
const BANTEN = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';

// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);

let upts = 0;

const journey = startJourney(async () => {
  ({ upts } = await seedBantenFollowUp(journey.server.url, TITLE));
});

test('the Dirjen opens the dashboard: national figures, Kanwil ranking, overdue list and a coloured map', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('dirjen');
  assert.equal(await appShell(page).nav.getByRole('link').first().textContent(), 'Dasbor', 'the dashboard is first in the menu');
  await appShell(page).openSection('Dasbor');

  const dashboard = dashboardPage(page);
  await dashboard.waitUntilLoaded();
  assert.equal(upts, 8);
  assert.equal(await dashboard.tileValue('Arahan terbit').textContent(), '1');
  assert.equal(await dashboard.tileValue('Tugas tindak lanjut').textContent(), '8');
  assert.equal(await dashboard.tileValue('Dilaporkan').textContent(), '25%');
  assert.equal(await dashboard.tileValue('Terverifikasi').textContent(), '12,5%');
  assert.equal(await dashboard.tileValue('Terlambat').textContent(), '6');

  const first = dashboard.ranking.getByRole('listitem').first();
  assert.match((await first.textContent()) ?? '', new RegExp(`${BANTEN}.*Dilaporkan 25%.*Terverifikasi 12,5%`));
  assert.equal(await dashboard.overdueTable.locator('tbody tr').count(), 6);
  assert.match((await dashboard.overdueTable.locator('tbody tr').first().textContent()) ?? '', /WIB.*1 hari|WIB.*0 hari/);

  assert.equal(await dashboard.markersOf('green').count(), 2, 'the two units that reported');
  assert.equal(await dashboard.markersOf('red').count(), 6, 'the six that did not');
  assert.ok((await dashboard.markersOf('grey').count()) > 100, 'every other unit, without tasks');
  assert.match((await dashboard.legend.textContent()) ?? '', /Hijau: ≥ 80% dilaporkan · 2 unit/);
  await dashboard.tileValue('Tingkat partisipasi').waitFor();
  assert.equal(await dashboard.tileValue('Tingkat partisipasi').textContent(), '0%', 'no inmate register yet: nobody to count');
  assert.equal(await dashboard.tileValue('Peserta / populasi').textContent(), '0 / 0');
  assert.equal(await page.getByRole('link', { name: 'Buka Pembinaan' }).getAttribute('href'), '/pembinaan');
  await assertAccessible(page, 'dashboard');
  await screenshot(page, shot('dashboard-1280'));

  await page.setViewportSize(PHONE);
  await dashboard.heading.waitFor();
  await assertNoSidewaysScroll(page, 'the dashboard');
  await screenshot(page, shot('dashboard-360'));
});

test('the Dirjen filters the dashboard by tag (kept on reload) and downloads the follow-up list as CSV', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login?redirect=${encodeURIComponent('/dashboard')}`);
  await signInPage(page).signIn('dirjen');
  const dashboard = dashboardPage(page);
  await dashboard.waitUntilLoaded();
  await page.getByRole('textbox', { name: 'Label program' }).fill('Tidak ada label ini');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForURL(/tag=/);
  await page.reload();
  await dashboard.heading.waitFor();
  await page.getByText('Belum ada tugas tindak lanjut.').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Label program' }).inputValue(), 'Tidak ada label ini');

  await appShell(page).openSection('Tindak lanjut');
  const downloading = page.waitForEvent('download');
  await page.getByRole('main').getByRole('link', { name: 'Unduh CSV' }).click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^penugasan-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFFNo,Arahan,Unit,'), 'UTF-8 BOM and the header');
  const lines = text.trim().split('\r\n');
  // The work list (no directive named) holds follow-ups; verification rows only when asked for.
  assert.equal(lines.length, 1 + upts, 'header and the eight follow-ups');
  assert.ok(lines.slice(1).every((line) => line.includes(TITLE)));
});
