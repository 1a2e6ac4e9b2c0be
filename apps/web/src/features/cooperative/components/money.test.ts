import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toRupiah } from './money.js';

test('typed rupiah: thousands dots, spaces and an Rp prefix are accepted; anything else is NaN for the schema', () => {
  assert.equal(toRupiah('1.250.000'), 1_250_000);
  assert.equal(toRupiah('Rp 1.250.000'), 1_250_000);
  assert.equal(toRupiah(' 750000 '), 750_000);
  assert.equal(toRupiah(''), undefined);
  assert.equal(toRupiah(42), 42);
  assert.ok(Number.isNaN(toRupiah('12,5')));
  assert.ok(Number.isNaN(toRupiah('-5')));
});
