import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toLocalInput } from './incident-rules.js';
import { fromCreateBody } from './refused-report.js';

const NEW_ID = '0195f0a2-7c1d-7e55-9a57-5b8f0f0c1a11';
const body = {
  clientId: '0195f0a2-7c1d-7e55-9a57-5b8f0f0c1a10',
  categoryId: '0195f0a2-7c1d-7e55-9a57-5b8f0f0c1a12',
  severity: 'berat',
  location: 'Pagar kebun belakang',
  description: 'Dua warga binaan memanjat pagar kebun.',
  occurredAt: '2026-03-10T07:45:00+07:00',
  counters: { kabur: 2 },
};

test('a refused queued report comes back into the form as typed, with a new clientId', () => {
  assert.deepEqual(fromCreateBody(body, 'Asia/Jakarta', NEW_ID), {
    clientId: NEW_ID,
    unitId: '',
    categoryId: body.categoryId,
    severity: 'berat',
    occurredLocal: '2026-03-10T07:45',
    location: body.location,
    description: body.description,
    counters: { kabur: '2' },
  });
});

test('the time comes back on the clock of the unit it is shown for', () => {
  assert.equal(fromCreateBody(body, 'Asia/Jayapura', NEW_ID)?.occurredLocal, '2026-03-10T09:45');
  assert.equal(toLocalInput(new Date(body.occurredAt), 'Asia/Jakarta'), '2026-03-10T07:45');
});

test('anything that is not a first report is not offered back', () => {
  assert.equal(fromCreateBody({ note: 'x' }, 'Asia/Jakarta', NEW_ID), null);
});
