import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeBody } from './body-summary.js';

test('a queued report reads as its values and narrative, without ids or file references', () => {
  const body = {
    values: { seedlings: 320, variety: 'genjah', done: true },
    narrative: 'Penanaman bersama Polres.',
    attachmentIds: ['0190a0b0-0000-7000-8000-000000000001', { $outboxFileId: 'photo-1' }],
  };
  assert.deepEqual(summarizeBody(body), [
    { label: 'seedlings', value: '320' },
    { label: 'variety', value: 'genjah' },
    { label: 'done', value: 'true' },
    { label: 'narrative', value: 'Penanaman bersama Polres.' },
  ]);
});

test('nested figures keep their path and empty fields are left out', () => {
  assert.deepEqual(summarizeBody({ figures: [{ kind: 'escaped', count: 2 }], note: '', attachmentIds: [], tags: ['a', 'b'] }), [
    { label: 'figures › 1 › kind', value: 'escaped' },
    { label: 'figures › 1 › count', value: '2' },
    { label: 'tags', value: 'a, b' },
  ]);
});
