import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentToBasisPoints } from './split-rule-model.js';

test('percentages with up to two decimals become basis points; anything else is refused', () => {
  assert.equal(percentToBasisPoints('35'), 3500);
  assert.equal(percentToBasisPoints('33,33'), 3333);
  assert.equal(percentToBasisPoints(' 0.01 '), 1);
  assert.equal(percentToBasisPoints('100'), 10_000);
  for (const bad of ['', '35.555', '-5', '101', 'abc', '1e2']) assert.equal(percentToBasisPoints(bad), null, bad);
});
