import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { auditPage, usersPage } from './pages/admin-pages';
import { appShell } from './pages/app-shell';
import { signInPage } from './pages/sign-in-page';
import { unitPage, unitsPage } from './pages/unit-pages';
import { findUnitId, signInCookie } from './support/api';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const OWN_UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const OTHER_UNIT = 'Lapas Kelas I Cipinang';
const TIMEOUT = { timeout: 120_000 };

// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
function shot(name: string): string | undefined {
  return shotsDir ? join(shotsDir, `${name}.png`) : undefined;
}


const journey = startJourney();

test('an operator signs in, sees their unit, is kept out of another and reads in English', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  const shell = appShell(page);

  await page.goto(journey.server.url);
  const signIn = signInPage(page);
  await signIn.waitUntilShown();
  await assertAccessible(page, 'sign-in page');
  await signIn.signIn('operator.lpp.tangerang');

  await page.getByRole('main').getByText(OWN_UNIT, { exact: true }).first().waitFor();
  await assertAccessible(page, 'home page');
  await screenshot(page, shot('home-1280'));

  await shell.openSection('Unit Kerja');
  const units = unitsPage(page);
  await units.waitUntilLoaded();
  await units.unitLink(OWN_UNIT).waitFor();
  await assertAccessible(page, 'units page');

  await units.unitLink(OWN_UNIT).click();
  const unit = unitPage(page);
  await unit.heading(OWN_UNIT).waitFor();
  await unit.mapMarker.waitFor();
  await assertAccessible(page, 'unit page');
  await screenshot(page, shot('unit-1280'));

  const adminCookie = await signInCookie(journey.server.url, 'admin');
  const cipinangId = await findUnitId(journey.server.url, adminCookie, 'Cipinang', OTHER_UNIT);
  await unit.open(journey.server.url, cipinangId);
  await unit.notFoundHeading.waitFor();
  await assertAccessible(page, 'unit not found page');

  await shell.switchLanguage('English');
  await shell.navLink('Units').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.reload();
  await shell.navLink('Units').waitFor();
  // The unit query settles after the navigation: wait for the heading rather than count at once.
  const notFound = page.getByRole('heading', { level: 1, name: 'Unit not found' });
  await notFound.waitFor();
  assert.equal(await notFound.count(), 1);
  await page.context().close();
});

test('at 360 px the home and units pages do not scroll sideways', TIMEOUT, async () => {
  const page = await openPage(journey.browser, { width: 360, height: 740 });
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');

  await page.getByRole('main').getByText(OWN_UNIT, { exact: true }).first().waitFor();
  await assertNoSidewaysScroll(page, 'home page');
  await screenshot(page, shot('home-360'));

  await appShell(page).openSection('Unit Kerja');
  const units = unitsPage(page);
  await units.waitUntilLoaded();
  await units.unitLink(OWN_UNIT).waitFor();
  await assertNoSidewaysScroll(page, 'units page');

  await units.unitLink(OWN_UNIT).click();
  await unitPage(page).heading(OWN_UNIT).waitFor();
  await unitPage(page).mapMarker.waitFor();
  await assertNoSidewaysScroll(page, 'unit page');
  await screenshot(page, shot('unit-360'));
  await page.context().close();
});

test('an administrator reads the users, audit and account pages; unknown addresses say so', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/users`);
  await signInPage(page).signIn('admin');

  const users = usersPage(page);
  await users.waitUntilLoaded();
  await users.table.getByText('operator.lpp.tangerang', { exact: true }).waitFor();
  await assertAccessible(page, 'users page');

  await appShell(page).openSection('Jejak Audit');
  const audit = auditPage(page);
  await audit.waitUntilLoaded();
  await audit.table.getByText('Masuk', { exact: true }).first().waitFor();
  await assertAccessible(page, 'audit page');

  await appShell(page).openSection('Akun');
  await appShell(page).mainHeading().waitFor();
  await page.getByLabel('Kata sandi saat ini').waitFor();
  await assertAccessible(page, 'account page');

  await page.goto(`${journey.server.url}/tidak-ada`);
  await appShell(page).mainHeading().filter({ hasText: 'Halaman tidak ditemukan' }).waitFor();
  await assertAccessible(page, 'not found page');
  await page.context().close();
});
