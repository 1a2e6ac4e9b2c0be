import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { kanwilCooperativePage, productFiguresCard, uptCooperativePage } from './pages/cooperative-pages';
import { appShell } from './pages/app-shell';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);
const todayInJakarta = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

const journey = startJourney();

test("LPP Tangerang's cooperative officer records the deed, sends the week's PO and a PNBP deposit on a phone", TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/koperasi`);
  await signInPage(page).signIn('koperasi.lpp.tangerang');
  const coop = uptCooperativePage(page);
  await coop.heading.waitFor();
  await coop.registration.waitFor();
  await assertNoSidewaysScroll(page, 'the cooperative page of a UPT');
  await assertAccessible(page, 'the cooperative page of a UPT');

  await coop.recordDeed({ name: 'Primkopasindo Lapas Perempuan Tangerang', deedNumber: 'AHU-0012/2025', deedDate: '2025-06-02' });

  await coop.fillPreorderItem(0, { name: 'Beras', quantity: '50', unit: 'kg' });
  await coop.addPreorderItem();
  await coop.fillPreorderItem(1, { name: 'Minyak goreng', quantity: '20', unit: 'liter' });
  // A reload before sending keeps both rows on the device.
  await page.reload();
  await coop.preorder.waitFor();
  assert.equal(await coop.preorder.getByRole('textbox', { name: 'Barang 2' }).inputValue(), 'Minyak goreng');
  await coop.sendPreorder();
  await coop.preorderSaved.waitFor();
  await coop.history.getByRole('row').filter({ hasText: 'Beras 50 kg, Minyak goreng 20 liter' }).getByText('Tepat waktu').waitFor();

  // This week started without a PO: one sent now goes through, recorded as late, and its form is gone.
  await coop.sendLatePreorder({ name: 'Gula pasir', quantity: '10', unit: 'kg' });
  await coop.history.getByRole('row').filter({ hasText: 'Gula pasir 10 kg' }).getByText('Terlambat').waitFor();
  await coop.latePreorder.waitFor({ state: 'detached' });

  await coop.recordDeposit({ billingCode: '820260000012345', ntpn: 'A1B2C3D4E5F6G7H8', amount: '1.250.000', date: todayInJakarta() });
  await coop.deposits.getByRole('row').filter({ hasText: '820260000012345' }).waitFor();
  assert.match((await coop.deposits.textContent()) ?? '', /Rp1\.250\.000/);

  await assertNoSidewaysScroll(page, 'the cooperative page after saving');
  await assertAccessible(page, 'the cooperative page after saving');
  await screenshot(page, shot('cooperative-upt-360'));
});

test("Banten's Kanwil leader sees LPP Tangerang's deed and PO in the Kanwil table", TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/`);
  await signInPage(page).signIn('kakanwil.banten');
  await appShell(page).openSection('Koperasi');
  const kanwil = kanwilCooperativePage(page);
  const row = kanwil.rowOf(LPP);
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /Akta terbit/);
  assert.match((await row.textContent()) ?? '', /Tepat waktu/);
  await kanwil.targetForm.waitFor();
  await assertNoSidewaysScroll(page, "the Kanwil's cooperative table");
  await assertAccessible(page, "the Kanwil's cooperative table");
  await screenshot(page, shot('cooperative-kanwil-360'));

  // The leader opens the UPT's own cooperative from the table.
  await row.getByRole('link', { name: LPP }).click();
  const coop = uptCooperativePage(page);
  await coop.history.getByText('Tepat waktu').first().waitFor();
  assert.equal(await coop.registration.getByRole('textbox', { name: 'Nomor akta pendirian' }).inputValue(), 'AHU-0012/2025');
  await assertNoSidewaysScroll(page, "a UPT's cooperative opened by its Kanwil");
  await assertAccessible(page, "a UPT's cooperative opened by its Kanwil");
});

test('the Director General sees the flagship products and cooperative card on the dashboard', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/dashboard`);
  await signInPage(page).signIn('dirjen');
  const card = productFiguresCard(page);
  await card.byKanwil.waitFor();
  assert.match((await card.valueOf('PNBP disetor').textContent()) ?? '', /Rp1\.250\.000/);
  assert.match((await card.byKanwil.getByRole('row').filter({ hasText: 'Banten' }).first().textContent()) ?? '', /Rp1\.250\.000/);
  await assertNoSidewaysScroll(page, 'the dashboard with the cooperative card');
  await assertAccessible(page, 'the dashboard with the cooperative card');
  await screenshot(page, shot('cooperative-dashboard-360'));
});
