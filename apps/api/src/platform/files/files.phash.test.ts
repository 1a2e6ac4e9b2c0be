import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { sceneJpeg } from '../../test/files.js';
import { hammingDistance, perceptualHash } from './files.phash.js';
import { SIMILAR_PHOTO_MAX_DISTANCE } from './files.queries.js';

async function hashOf(bytes: Buffer): Promise<bigint> {
  const hash = await perceptualHash(bytes);
  assert.equal(typeof hash, 'bigint');
  return hash as bigint;
}

/** `fraction` of the width and height taken off, split evenly between opposite edges. */
async function cropped(bytes: Buffer, fraction: number): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  const left = Math.round((width * fraction) / 2);
  const top = Math.round((height * fraction) / 2);
  return sharp(bytes)
    .extract({ left, top, width: width - 2 * left, height: height - 2 * top })
    .jpeg({ quality: 85 })
    .toBuffer();
}

test('resized, re-encoded and lightly cropped copies stay within the threshold; other scenes lie beyond it', async (t) => {
  const seeds = [11, 12, 13, 14, 15, 16, 17];
  const scenes = await Promise.all(seeds.map((seed) => sceneJpeg({ seed })));
  const hashes = await Promise.all(scenes.map(hashOf));

  for (const [i, scene] of scenes.entries()) {
    const original = hashes[i] as bigint;
    const copies = {
      'resized to 50 %': await sharp(scene).resize({ width: 600 }).jpeg({ quality: 85 }).toBuffer(),
      're-encoded at quality 60': await sharp(scene).jpeg({ quality: 60 }).toBuffer(),
      'cropped 5 % (2.5 % off each edge)': await cropped(scene, 0.05),
      'a PNG of it': await sharp(scene).png().toBuffer(),
    };
    const distances: Record<string, number> = {};
    for (const [what, bytes] of Object.entries(copies))
      distances[what] = hammingDistance(original, await hashOf(bytes));
    t.diagnostic(`seed ${seeds[i]}: ${JSON.stringify(distances)}`);
    for (const [what, distance] of Object.entries(distances)) {
      assert.ok(distance <= SIMILAR_PHOTO_MAX_DISTANCE, `seed ${seeds[i]} ${what}: ${distance} bits apart`);
    }
  }

  const between: number[] = [];
  for (let i = 0; i < hashes.length; i++) {
    for (let j = i + 1; j < hashes.length; j++) between.push(hammingDistance(hashes[i] as bigint, hashes[j] as bigint));
  }
  t.diagnostic(`different scenes: ${between.join(' ')}`);
  assert.equal(between.length, 21);
  for (const distance of between)
    assert.ok(distance > SIMILAR_PHOTO_MAX_DISTANCE, `two different scenes only ${distance} bits apart`);
});

test('the hash is a signed 64-bit value and the distance ignores the sign', async () => {
  const hashes = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(async (seed) => hashOf(await sceneJpeg({ seed }))));
  for (const hash of hashes) assert.ok(hash >= -(2n ** 63n) && hash < 2n ** 63n, String(hash));
  assert.ok(
    hashes.some((h) => h < 0n) && hashes.some((h) => h > 0n),
    'both signs occur, so the conversion is exercised',
  );
  assert.equal(hammingDistance(-1n, 0n), 64);
  assert.equal(hammingDistance(-(2n ** 63n), 0n), 1);
  assert.equal(hammingDistance(0b1011n, 0b0001n), 2);
});

test('bytes that are not an image have no hash', async () => {
  assert.equal(await perceptualHash(Buffer.from('not an image')), null);
});
