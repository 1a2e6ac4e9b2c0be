import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { productionBatches, products } from '../../api/src/modules/products/index.js';
import { users } from '../../api/src/modules/users/index.js';
import { startJourney } from './support/journey';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { signInPage } from './pages/sign-in-page';
import { approvalsPage, newProductPage, productPage, productsPage } from './pages/product-pages';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const NAME = 'Tas anyaman eceng gondok';

const journey = startJourney();
let productId = '';

async function signedInPhone(username: string, path: string): Promise<Page> {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}${path}`);
  await signInPage(page).signIn(username);
  return page;
}

/** A production batch recorded today (WIB) for the product, as the production pages would record it. */
async function recordBatchToday(id: string): Promise<void> {
  const db = journey.server.database.db;
  const [product] = await db.select().from(products).where(eq(products.id, id));
  const [recorder] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'koperasi.lpp.tangerang'));
  assert.ok(product && recorder);
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  await db.insert(productionBatches).values({
    productId: id,
    unitId: product.unitId,
    unitPath: product.unitPath,
    producedOn: today,
    quantity: 25,
    workBasis: 'potong',
    recordedByUserId: recorder.id,
  });
}

test(
  'the LPP Tangerang leader records a product on a phone and asks to advance once the checklist is met',
  TIMEOUT,
  async () => {
    const page = await signedInPhone('kalapas.lpp.tangerang', '/produk');
    const list = productsPage(page);
    await list.heading.waitFor();
    await assertNoSidewaysScroll(page, 'the product list');
    await assertAccessible(page, 'the product list');
    await list.createLink.click();

    const form = newProductPage(page);
    await form.heading.waitFor();
    await form.fill({
      name: NAME,
      category: 'Kerajinan',
      description: 'Tas anyaman buatan warga binaan.',
      unitOfSale: 'buah',
      price: '85000',
      cost: '50000',
    });
    await assertNoSidewaysScroll(page, 'the new-product form');
    await assertAccessible(page, 'the new-product form');
    await page.reload();
    await form.heading.waitFor();
    assert.equal(await form.name.inputValue(), NAME, 'the draft survives a reload');
    productId = await form.submit();

    const product = productPage(page);
    await product.heading(NAME).waitFor();
    await product.stageBadge('Uji coba').waitFor();
    await product.item('Harga pokok dan harga jual').getByText('✓').waitFor();
    await product.item('Batch produksi').getByText('Belum ada batch produksi yang tercatat.').waitFor();
    await product.item('Warga binaan terlatih').getByText('✗').waitFor();
    assert.equal(await product.requestButton.isDisabled(), true, 'the request waits for the checklist');
    await assertNoSidewaysScroll(page, 'a product page');
    await assertAccessible(page, 'a product page');

    await recordBatchToday(productId);
    await product.setTrained('4');
    await page.reload();
    await product.item('Batch produksi').getByText('1 batch produksi tercatat.').waitFor();
    await product.item('Warga binaan terlatih').getByText('✓').waitFor();
    assert.equal(await product.requestButton.isDisabled(), false);
    await product.requestButton.click();
    await product.waiting.waitFor();
    await page.context().close();
  },
);

test('the Banten Kanwil leader approves from the queue, and the product shows its new stage', TIMEOUT, async () => {
  const page = await signedInPhone('kakanwil.banten', '/produk/persetujuan');
  const queue = approvalsPage(page);
  await queue.heading.waitFor();
  const card = queue.card(NAME);
  await card.getByText('Uji coba → Pengembangan').waitFor();
  await assertNoSidewaysScroll(page, 'the approval queue');
  await assertAccessible(page, 'the approval queue');
  await card.getByRole('button', { name: 'Setujui' }).click();
  await queue.notice(/disetujui naik ke Pengembangan/).waitFor();
  await page.getByRole('main').getByText('Tidak ada pengajuan yang menunggu keputusan.').waitFor();
  await page.context().close();

  const unit = await signedInPhone('kalapas.lpp.tangerang', `/produk/${productId}`);
  const product = productPage(unit);
  await product.heading(NAME).waitFor();
  await product.stageBadge('Pengembangan').waitFor();
  await unit
    .getByRole('main')
    .getByText(/Pengajuan ke tahap Pengembangan disetujui/)
    .waitFor();
  await assertAccessible(unit, 'a product after approval');
  await unit.context().close();
});
