import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { premiCredits, splitProceeds } from '@selaras/contracts';
import { seedSellableBatch, type SellableBatch } from '../../api/src/modules/cooperative/sales.test-kit.js';
import { startJourney } from './support/journey';
import { premiPage, saleFormPage } from './pages/sales-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';
import { eventually } from './support/eventually';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
/** The rule the migration puts in force: 50% PNBP, 35% premi, 15% production capital. */
// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);
const DEFAULT_RULE = { pnbpBasisPoints: 5000, premiBasisPoints: 3500, capitalBasisPoints: 1500 };

let batch: SellableBatch;
const journey = startJourney(async ({ server }) => {
  batch = await seedSellableBatch(server.database.db, { productName: 'Roti Sobek Cokelat', quantity: 50, amounts: [60, 40], priceRupiah: 15_000 });
});

test("LPP Tangerang's cooperative officer records a sale and the makers' premi grows by their share", TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/premi`);
  await signInPage(page).signIn('koperasi.lpp.tangerang');
  const premi = premiPage(page);
  await premi.waitUntilLoaded();
  const before = await Promise.all(batch.workers.map((w) => premi.balanceOf(w.pseudonym)));
  await assertNoSidewaysScroll(page, 'the premi balances');
  await assertAccessible(page, 'the premi balances');

  const sale = saleFormPage(page);
  await sale.open(journey.server.url);
  await sale.chooseChannel('Pameran');
  await sale.fillItem(1, { product: /Roti Sobek Cokelat/, quantity: '7', price: '14999' });
  assert.equal(((await sale.total.textContent()) ?? '').replace(/\s/g, ''), 'Rp104.993', 'the live preview adds up the line');
  await assertNoSidewaysScroll(page, 'the sale form');
  await assertAccessible(page, 'the sale form');
  await screenshot(page, shot('sale-form-360'));
  await sale.save();

  const { premiRupiah } = splitProceeds(7 * 14_999, DEFAULT_RULE);
  const shares = premiCredits(premiRupiah, [{ amountRupiah: 7 * 14_999, workers: batch.workers }]);
  for (const worker of batch.workers) {
    const share = shares.find((c) => c.inmateId === worker.inmateId)?.rupiah ?? 0;
    assert.ok(share > 0);
    await sale.creditOf(worker.pseudonym).waitFor();
  }
  await assertNoSidewaysScroll(page, 'the recorded sale');
  await assertAccessible(page, 'the recorded sale');
  await screenshot(page, shot('sale-recorded-360'));

  await page.goto(`${journey.server.url}/penjualan`);
  await page.getByRole('main').getByRole('link', { name: /November|Desember|Januari|\d{4}/ }).first().waitFor();
  await assertNoSidewaysScroll(page, 'the sales list');
  await assertAccessible(page, 'the sales list');

  await premi.open(journey.server.url);
  for (const [i, worker] of batch.workers.entries()) {
    const share = shares.find((c) => c.inmateId === worker.inmateId)?.rupiah ?? 0;
    const expected = (before[i] ?? 0) + share;
    // The balances may still be loading when the page's frame shows.
    const balance = await eventually(() => premi.balanceOf(worker.pseudonym), (value) => value === expected, 10_000);
    assert.equal(balance, expected, `${worker.pseudonym} gains exactly their share`);
  }
  await assertNoSidewaysScroll(page, 'the premi balances after the sale');
  await assertAccessible(page, 'the premi balances after the sale');
  await screenshot(page, shot('premi-360'));

  const [maker] = batch.workers;
  assert.ok(maker);
  await premi.openLedger(maker.pseudonym);
  await premi.payoutForm.getByRole('combobox', { name: /Cara pembayaran/ }).waitFor();
  assert.equal(await premi.payoutForm.getByRole('option', { name: /tunai/i }).count(), 0, 'no cash among the payout methods');
  await assertNoSidewaysScroll(page, 'the premi ledger');
  await assertAccessible(page, 'the premi ledger');
  await screenshot(page, shot('premi-ledger-360'));
});
