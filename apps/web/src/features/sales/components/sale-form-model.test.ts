import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { previewSale } from './sale-form-model.js';

const RULE = { id: '01930000-0000-7000-8000-000000000001', pnbpBasisPoints: 5000, premiBasisPoints: 3500, capitalBasisPoints: 1500, effectiveFrom: '2024-12-01T00:00:00+07:00', basis: 'x' };

describe('sale preview', () => {
  test('sums the filled lines and splits them with the contract function', () => {
    const p = previewSale([{ quantity: 7, unitPriceRupiah: 14_999 }, { quantity: undefined, unitPriceRupiah: 5_000 }], RULE);
    assert.equal(p.total, 104_993);
    assert.deepEqual(p.split, { pnbpRupiah: 52_496, premiRupiah: 36_748, capitalRupiah: 15_749 });
  });

  test('half-typed numbers count as nothing; without a rule there is no split', () => {
    assert.deepEqual(previewSale([{ quantity: Number.NaN, unitPriceRupiah: 10 }], null), { total: 0, split: null });
  });
});
