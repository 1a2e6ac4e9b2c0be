import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jpegName, scaledSize, shouldCompress } from './photo-size.js';

test('a phone photo is brought down to 1600 px on its long side, either way round', () => {
  assert.deepEqual(scaledSize(4000, 3000), { width: 1600, height: 1200 });
  assert.deepEqual(scaledSize(3000, 4000), { width: 1200, height: 1600 });
  assert.deepEqual(scaledSize(1200, 800), { width: 1200, height: 800 }, 'never enlarged');
});

test('only photos with too many pixels or bytes are re-encoded', () => {
  assert.equal(shouldCompress(3_000_000, 4000, 3000), true);
  assert.equal(shouldCompress(300_000, 1600, 1200), false);
  assert.equal(shouldCompress(900_000, 1600, 1200), true);
  assert.equal(shouldCompress(100_000, 1601, 900), true);
});

test('the copy is named like the original, as a JPEG', () => {
  assert.equal(jpegName('IMG_0912.HEIC.png'), 'IMG_0912.HEIC.jpg');
  assert.equal(jpegName('kebun.jpeg'), 'kebun.jpg');
  assert.equal(jpegName('foto'), 'foto.jpg');
  assert.equal(jpegName('.png'), 'foto.jpg');
});
