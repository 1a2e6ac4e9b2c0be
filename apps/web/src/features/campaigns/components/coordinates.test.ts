import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCoordinates, parseCoordinates } from './coordinates';

test('reads "lat, lng" with decimal points or decimal commas', () => {
  for (const text of ['-6.175, 106.62', '-6.175,106.62', ' -6,175 106,62 ', '-6,175; 106,62', '-6.175 106.62']) {
    assert.deepEqual(parseCoordinates(text), { ok: true, point: { lat: -6.175, lng: 106.62 }, swapped: false }, text);
  }
});

test('recognises a pair typed as "lng, lat" and puts it the right way round', () => {
  assert.deepEqual(parseCoordinates('106.62, -6.175'), {
    ok: true,
    point: { lat: -6.175, lng: 106.62 },
    swapped: true,
  });
});

test('refuses text that is not two numbers, and points outside Indonesia', () => {
  assert.deepEqual(parseCoordinates('Tangerang'), { ok: false, reason: 'format' });
  assert.deepEqual(parseCoordinates('-6.175'), { ok: false, reason: 'format' });
  assert.deepEqual(parseCoordinates('-6.175, 106.62, 3'), { ok: false, reason: 'format' });
  assert.deepEqual(parseCoordinates('51.5, -0.12'), { ok: false, reason: 'outside' });
  assert.deepEqual(parseCoordinates('-40, 106.62'), { ok: false, reason: 'outside' });
});

test('formats a point with five decimals', () => {
  assert.equal(formatCoordinates({ lat: -6.175, lng: 106.62 }), '-6.17500, 106.62000');
});
