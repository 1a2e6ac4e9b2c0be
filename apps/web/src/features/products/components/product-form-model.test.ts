import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Product } from '@selaras/contracts';
import { emptyProduct, ProductFormSchema, toCreateBody } from './product-form-model.js';
import { fromProduct, ProductEditSchema, toUpdateBody } from './product-edit-model.js';

test('a new product: empty money stays null, counts are left to the server default, whitespace brand is none', () => {
  const parsed = ProductFormSchema.parse({
    ...emptyProduct(),
    name: 'Keripik tempe',
    brand: '  ',
    description: 'Renyah.',
    unitOfSale: 'bungkus',
    priceRupiah: '12000',
  });
  assert.deepEqual(toCreateBody(parsed), {
    name: 'Keripik tempe',
    brand: null,
    category: 'makanan',
    description: 'Renyah.',
    unitOfSale: 'bungkus',
    priceRupiah: 12000,
    costRupiah: null,
  });
});

test('rupiah is typed whole: dots and decimals are refused before they reach the server', () => {
  assert.equal(
    ProductFormSchema.safeParse({
      ...emptyProduct(),
      name: 'Abc',
      description: 'x',
      unitOfSale: 'kg',
      priceRupiah: '12.000',
    }).success,
    false,
  );
});

test('editing round-trips a product, with empty counts saved as zero', () => {
  const product = {
    name: 'Batik tulis',
    brand: null,
    category: 'tekstil',
    description: 'Batik.',
    unitOfSale: 'lembar',
    priceRupiah: 350000,
    costRupiah: null,
    capacityPerWeek: 10,
    inmatesInvolved: 6,
    inmatesTrained: 4,
    packagingReady: true,
    labelReady: false,
    salesChannels: ['pameran'],
  } as unknown as Product;
  const values = fromProduct(product);
  assert.equal(values.priceRupiah, '350000');
  assert.equal(values.costRupiah, '');
  const body = toUpdateBody(ProductEditSchema.parse({ ...values, inmatesTrained: '' }));
  assert.equal(body.costRupiah, null);
  assert.equal(body.inmatesTrained, 0);
  assert.deepEqual(body.salesChannels, ['pameran']);
  assert.equal(body.brand, null);
});
