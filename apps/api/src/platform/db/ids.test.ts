import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uuidv7 } from './ids.js';

test('uuidv7 has version 7 and the RFC variant', () => {
  assert.match(uuidv7(), /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('ids made in the same millisecond sort in creation order', () => {
  const now = Date.now() + 10_000;
  const ids = Array.from({ length: 5000 }, () => uuidv7(now));
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
});

test('the timestamp prefix is the creation time', () => {
  const at = Date.now() + 3_600_000;
  const id = uuidv7(at);
  assert.equal(parseInt(id.replace(/-/g, '').slice(0, 12), 16), at);
});
