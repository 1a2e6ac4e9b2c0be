import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, nextChunk, parseOffset, wait } from './upload-retry.js';

test('backoff doubles from one second and stops at thirty', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 20].map(backoffDelay), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
});

test('chunks cover the file exactly, the last one short', () => {
  const size = 600_000;
  const chunks: [number, number][] = [];
  for (let offset = 0; offset < size; ) {
    const { start, end } = nextChunk(offset, size, 262_144);
    chunks.push([start, end]);
    offset = end;
  }
  assert.deepEqual(chunks, [[0, 262_144], [262_144, 524_288], [524_288, 600_000]]);
  assert.deepEqual(nextChunk(599_999, size, 262_144), { start: 599_999, end: 600_000 });
});

test('an Upload-Offset header is read only when it is a whole number', () => {
  assert.equal(parseOffset('262144'), 262_144);
  assert.equal(parseOffset('0'), 0);
  assert.equal(parseOffset(null), null);
  assert.equal(parseOffset('-1'), null);
  assert.equal(parseOffset('12abc'), null);
});

test('waiting stops with an AbortError when the upload is cancelled', async () => {
  const controller = new AbortController();
  const waiting = wait(60_000, controller.signal);
  controller.abort();
  await assert.rejects(waiting, { name: 'AbortError' });
});
