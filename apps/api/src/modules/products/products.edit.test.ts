import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProductPage } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { pdfBytes, plainPng, uploadOk } from '../../test/files.js';
import { PRODUCTS, createProduct, patchProduct, problem, productOf, signedIn } from './products.test-kit.js';

let t: TestApp;
let kalapas: Client;
let cipinangOperator: Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  kalapas = await signedIn(t)('kalapas.lpp.tangerang');
  cipinangOperator = await signedIn(t)('operator.lapas.cipinang');
});
after(async () => t.close());

describe('editing a product', () => {
  test('fields, readiness facts and photos are saved; the first photo is the cover', async () => {
    const p = await createProduct(kalapas, { name: 'Tas anyaman', category: 'kerajinan' });
    const photo = await uploadOk(kalapas, 'tas.png', await plainPng());
    const saved = await patchProduct(kalapas, p.id, {
      priceRupiah: 85_000,
      costRupiah: 50_000,
      capacityPerWeek: 40,
      inmatesInvolved: 12,
      inmatesTrained: 10,
      salesChannels: ['koperasi', 'pameran'],
      packagingReady: true,
      photoFileIds: [photo.id],
    });
    assert.equal(saved.coverFileId, photo.id);
    assert.deepEqual(saved.salesChannels, ['koperasi', 'pameran']);
    assert.equal(saved.priceRupiah, 85_000);
  });

  test('a photo must be an image the caller may see', async () => {
    const p = await createProduct(kalapas, { name: 'Keset kain', category: 'tekstil' });
    const pdf = await uploadOk(kalapas, 'izin.pdf', pdfBytes());
    problem(await kalapas.patch(`${PRODUCTS}/${p.id}`, { photoFileIds: [pdf.id] }), 422, 'products.invalid');
    const elsewhere = await uploadOk(cipinangOperator, 'lain.png', await plainPng('#aa0000'));
    problem(await kalapas.patch(`${PRODUCTS}/${p.id}`, { photoFileIds: [elsewhere.id] }), 422, 'products.invalid');
    problem(await kalapas.patch(`${PRODUCTS}/${p.id}`, { priceRupiah: 12.5 }), 400);
  });

  test('an archived product leaves the list and cannot be changed until it comes back', async () => {
    const p = await createProduct(kalapas, { name: 'Produk diarsipkan', category: 'lainnya' });
    await patchProduct(kalapas, p.id, { archived: true });
    const list = (await kalapas.get(`${PRODUCTS}?q=diarsipkan`)).json() as ProductPage;
    assert.equal(list.items.length, 0);
    const archived = (await kalapas.get(`${PRODUCTS}?q=diarsipkan&archived=true`)).json() as ProductPage;
    assert.deepEqual(
      archived.items.map((i) => i.id),
      [p.id],
    );
    problem(await kalapas.patch(`${PRODUCTS}/${p.id}`, { name: 'Nama baru' }), 409, 'products.archived');
    assert.equal((await productOf(kalapas, p.id)).abilities.edit, false);
    await patchProduct(kalapas, p.id, { archived: false });
  });

  test('the list filters by stage, category and name, and pages', async () => {
    await createProduct(kalapas, { name: 'Madu hutan', category: 'pertanian' });
    const byCategory = (await kalapas.get(`${PRODUCTS}?category=pertanian`)).json() as ProductPage;
    assert.deepEqual(
      byCategory.items.map((i) => i.name),
      ['Madu hutan'],
    );
    const flagship = (await kalapas.get(`${PRODUCTS}?stage=unggulan`)).json() as ProductPage;
    assert.equal(flagship.total, 0);
    const paged = (await kalapas.get(`${PRODUCTS}?limit=1`)).json() as ProductPage;
    assert.equal(paged.items.length, 1);
    assert.ok(paged.total >= 3);
  });
});
