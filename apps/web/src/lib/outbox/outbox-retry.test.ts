import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-client.js';
import { backoffDelay, classifyFailure } from './outbox-retry.js';
import { fillFilePlaceholders } from './outbox-body.js';

function failure(status: number, code = `http.${status}`): ApiError {
  return new ApiError({ type: 'about:blank', title: 'x', status, code });
}

test('network errors, server trouble, throttling and a request still running are tried again later', () => {
  assert.equal(classifyFailure(new TypeError('Failed to fetch')), 'retry');
  for (const status of [0, 500, 502, 503, 408, 429]) assert.equal(classifyFailure(failure(status)), 'retry', String(status));
  assert.equal(classifyFailure(failure(409, 'idempotency.in_progress')), 'retry');
});

test('a refusal stops the item with its reason; a lost session waits for sign-in', () => {
  for (const status of [400, 403, 404, 410, 422]) assert.equal(classifyFailure(failure(status)), 'rejected', String(status));
  assert.equal(classifyFailure(failure(409, 'directives.report_already_verified')), 'conflict');
  assert.equal(classifyFailure(failure(401)), 'sign-in');
});

test('the wait doubles from 5 seconds, stops at 10 minutes and is jittered', () => {
  assert.equal(backoffDelay(0, () => 0.5), 5_000);
  assert.equal(backoffDelay(1, () => 0.5), 10_000);
  assert.equal(backoffDelay(3, () => 0.5), 40_000);
  assert.equal(backoffDelay(30, () => 0.5), 600_000);
  assert.equal(backoffDelay(0, () => 0), 4_000);
  assert.equal(backoffDelay(0, () => 1), 6_000);
});

test('file placeholders become the uploaded file or its id, anywhere in the body', () => {
  const photo = { id: '0190a0b0-0000-7000-8000-000000000001', name: 'a.jpg' };
  const stored = new Map([['p1', photo as never]]);
  const body = { note: 'x', attachments: [{ $outboxFile: 'p1' }, { id: 'kept' }], cover: { $outboxFileId: 'p1' } };
  assert.deepEqual(fillFilePlaceholders(body, stored), { note: 'x', attachments: [photo, { id: 'kept' }], cover: photo.id });
  assert.throws(() => fillFilePlaceholders({ $outboxFile: 'missing' }, stored));
});
