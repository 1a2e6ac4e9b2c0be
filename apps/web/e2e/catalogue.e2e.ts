import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { seedDemoProgrammes } from '../../api/src/demo-programmes.js';
import { seedDemoProducts } from '../../api/src/demo-products.js';
import { startJourney } from './support/journey';
import { cataloguePage, catalogueItemPage, ordersPage } from './pages/catalogue-pages';
import { notificationsPage } from './pages/notification-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);
const MARKET_READY = ['Batik Lintas 5', 'Bordir Tangerang', 'Eco-print Kain Tangerang', 'PAKPAS Keripik Pisang', 'Roti Halal Lapas Pati'];
const BUYER = 'Toko Seragam Serang';

const journey = startJourney(async ({ server }) => {
  const filesRoot = mkdtempSync(join(tmpdir(), 'selaras-catalogue-e2e-'));
  try {
    await seedDemoProgrammes(server.database.db, { now: new Date() });
    // The journey's seed has no field accounts, so the demo products come without photos here.
    await seedDemoProducts(server.database.db, { now: new Date(), filesRoot, principalOf: () => Promise.reject(new Error('no field accounts')) });
  } finally {
    rmSync(filesRoot, { recursive: true, force: true });
  }
});

test('an anonymous visitor orders from the catalogue on a phone; the LPP Tangerang cooperative sees it and contacts the buyer', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await page.getByRole('link', { name: 'Lihat katalog produk warga binaan' }).click();
  const catalogue = cataloguePage(page);
  await catalogue.waitUntilLoaded();
  assert.deepEqual(await catalogue.names(), MARKET_READY, 'market-ready and flagship products only: no catfish, no vegetables, no Roti Paris');
  await assertNoSidewaysScroll(page, 'the public catalogue');
  await assertAccessible(page, 'the public catalogue');
  await screenshot(page, shot('catalogue-360'));

  await catalogue.open('Bordir Tangerang');
  const item = catalogueItemPage(page);
  await item.heading('Bordir Tangerang').waitFor();
  await item.buyerName.fill(BUYER);
  await item.contact.fill('bukan kontak');
  await item.quantity.fill('40');
  await item.message.fill('Untuk seragam acara kantor, mohon info ongkos kirim ke Serang.');
  await item.submit.click();
  await item.contactError.waitFor();
  // A reload keeps what was typed.
  await page.reload();
  await item.heading('Bordir Tangerang').waitFor();
  assert.equal(await item.buyerName.inputValue(), BUYER);
  assert.equal(await item.quantity.inputValue(), '40');
  await item.contact.fill('0812-3456-7890');
  await assertNoSidewaysScroll(page, 'a product page with its order form');
  await assertAccessible(page, 'a product page with its order form');
  await item.submit.click();
  await item.thanks.waitFor();
  await screenshot(page, shot('catalogue-thanks-360'));

  const officer = await openPage(journey.browser, PHONE);
  await officer.goto(`${journey.server.url}/notifications`);
  await signInPage(officer).signIn('koperasi.lpp.tangerang');
  const inbox = notificationsPage(officer);
  await inbox.heading.waitFor();
  await officer.getByRole('main').getByText('Permintaan pesanan baru: Bordir Tangerang').waitFor();

  await officer.goto(`${journey.server.url}/koperasi/pesanan`);
  const orders = ordersPage(officer);
  await orders.heading.waitFor();
  const card = orders.card('Bordir Tangerang', BUYER);
  await card.waitFor();
  assert.match((await card.textContent()) ?? '', /0812-3456-7890/, 'the contact shows to the cooperative');
  await assertNoSidewaysScroll(officer, 'the cooperative orders page');
  await assertAccessible(officer, 'the cooperative orders page');
  await card.getByRole('button', { name: 'Tandai sudah dihubungi' }).click();
  await orders.moved.waitFor();
  await card.getByText('Sudah dihubungi', { exact: true }).waitFor();
  await card.getByRole('button', { name: 'Tandai selesai' }).waitFor();
  await screenshot(officer, shot('orders-360'));
});
