import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { incidentCataloguePage } from './pages/incident-catalogue-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const TIMEOUT = { timeout: 180_000 };
// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);

const journey = startJourney();

test('an admin adds a category, a new SOP version and is told why a rule set cannot be saved', TIMEOUT, async () => {
  const page = await openPage(journey.browser, { width: 360, height: 780 });
  await page.goto(journey.server.url);
  await signInPage(page).signIn('admin');
  await appShell(page).openSection('Katalog Kamtib');
  const catalogue = incidentCataloguePage(page);
  await catalogue.waitUntilLoaded();
  await catalogue.categoryRow('Pelarian').waitFor();
  await assertAccessible(page, 'catalogue page');
  await assertNoSidewaysScroll(page, 'catalogue page');

  await catalogue.startNewCategory();
  await catalogue.fillCategory({
    code: 'pelarian',
    name: 'Penyelundupan lewat kunjungan',
    nameEn: 'Smuggling through visits',
  });
  await catalogue.addCounter(1, { key: 'paket', label: 'Paket', labelEn: 'Parcels' });
  await catalogue.saveNewCategory();
  await catalogue.categoryForm
    .getByText('Kode kategori "pelarian" sudah dipakai kategori lain. Pilih kode yang berbeda.')
    .waitFor();
  await assertAccessible(page, 'category form with a server error');
  await assertNoSidewaysScroll(page, 'category form');
  await screenshot(page, shot('catalogue-category-360'));

  await catalogue.categoryCode().fill('penyelundupan');
  await catalogue.saveNewCategory();
  await catalogue.categoryForm.waitFor({ state: 'detached' });
  await catalogue.categoryRow('Penyelundupan lewat kunjungan').getByText('Paket').waitFor();

  await catalogue.openSop('Kebakaran');
  await catalogue.sop.getByText('Versi 1').waitFor();
  await catalogue.addSopVersion(['Panggil pemadam kebakaran', 'Evakuasi warga binaan ke titik kumpul'], 'Urutan baru');
  await catalogue.sop.getByText('Versi 2 tersimpan.').waitFor();
  await catalogue.sop.getByText('Versi 2', { exact: true }).waitFor();
  await assertAccessible(page, 'SOP panel');
  await assertNoSidewaysScroll(page, 'SOP panel');
  await screenshot(page, shot('catalogue-sop-360'));

  // The first rule is the unit rule for every category; without it the whole set is refused.
  await catalogue.ruleMinSeverity(1).selectOption('2');
  await catalogue.rules.getByRole('button', { name: 'Simpan semua aturan' }).click();
  await catalogue.rules
    .getByText('Harus ada aturan tingkat unit untuk semua kategori mulai keparahan peringkat 1')
    .waitFor();
  await assertAccessible(page, 'rules with a server error');
  await assertNoSidewaysScroll(page, 'rules editor');
  await screenshot(page, shot('catalogue-rules-360'));
  // What was typed survives a reload, shown as changes not yet saved, until it is discarded.
  await page.reload();
  await catalogue.waitUntilLoaded();
  await catalogue.rules.getByText('Ada perubahan yang belum disimpan.', { exact: false }).waitFor();
  assert.equal(await catalogue.ruleMinSeverity(1).inputValue(), '2');
  await catalogue.rules.getByRole('button', { name: 'Batalkan perubahan' }).click();
  assert.equal(await catalogue.ruleMinSeverity(1).inputValue(), '1');
});

test('a security officer has no catalogue link and is refused the page', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(journey.server.url);
  await signInPage(page).signIn('kplp.lpp.tangerang');
  const shell = appShell(page);
  await shell.navLink('Beranda').waitFor();
  assert.equal(await shell.navLink('Katalog Kamtib').count(), 0);
  await incidentCataloguePage(page).open(journey.server.url);
  await page.getByText('Jabatan aktif Anda tidak memiliki akses ke halaman ini.').waitFor();
});
