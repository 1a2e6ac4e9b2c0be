import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DetailsFormSchema,
  detailsOf,
  hasChanges,
  initialDetails,
  rebase,
  toUpdateBody,
  type DetailsFormInput,
} from './details-form-model.js';

const INCIDENT = {
  severity: 'sedang',
  occurredAt: '2026-03-05T01:15:00.000Z',
  location: 'Blok Mawar',
  description: 'Dua warga binaan berkelahi.',
  involved: { inmates: 0, officers: 0, others: 0, injured: 0, dead: 0 },
  unitTimezone: 'Asia/Makassar' as const,
};

function parse(values: DetailsFormInput) {
  return DetailsFormSchema.parse(values);
}

test('the form shows the time on the unit clock and the counts as text', () => {
  const fields = detailsOf(INCIDENT);
  assert.equal(fields.occurredLocal, '2026-03-05T09:15');
  assert.deepEqual(fields.involved, { inmates: '0', officers: '0', others: '0', injured: '0', dead: '0' });
});

test('nothing changed sends nothing', () => {
  const start = initialDetails(detailsOf(INCIDENT), (s) => s);
  assert.equal(hasChanges(start), false);
  assert.deepEqual(toUpdateBody(parse({ ...start, location: ' Blok Mawar ' }), 'Asia/Makassar'), {});
});

test('only the changed fields are sent; one changed count sends all five', () => {
  const start = initialDetails(detailsOf(INCIDENT), (s) => s);
  const typed = {
    ...start,
    location: 'Halaman Blok Mawar ',
    involved: { ...start.involved, inmates: '2', injured: '1' },
  };
  assert.equal(hasChanges(typed), true);
  assert.deepEqual(toUpdateBody(parse(typed), 'Asia/Makassar'), {
    location: 'Halaman Blok Mawar',
    involved: { inmates: 2, officers: 0, others: 0, injured: 1, dead: 0 },
  });
});

test('a changed time is sent in the unit zone', () => {
  const start = initialDetails(detailsOf(INCIDENT), (s) => s);
  const body = toUpdateBody(parse({ ...start, occurredLocal: '2026-03-05T08:40', severity: 'berat' }), 'Asia/Makassar');
  assert.deepEqual(body, { severity: 'berat', occurredAt: '2026-03-05T08:40:00+08:00' });
});

test('counts must be digits within the contract limits', () => {
  const start = initialDetails(detailsOf(INCIDENT), (s) => s);
  assert.equal(DetailsFormSchema.safeParse({ ...start, involved: { ...start.involved, dead: 'dua' } }).success, false);
  assert.equal(DetailsFormSchema.safeParse({ ...start, involved: { ...start.involved, dead: '' } }).success, false);
  assert.equal(
    DetailsFormSchema.safeParse({ ...start, involved: { ...start.involved, officers: '10001' } }).success,
    false,
  );
  assert.equal(
    DetailsFormSchema.safeParse({ ...start, involved: { ...start.involved, officers: '10000' } }).success,
    true,
  );
});

test('a draft keeps what was typed; fields left alone follow what others saved meanwhile', () => {
  const start = initialDetails(detailsOf(INCIDENT), (s) => s);
  const draft = { ...start, location: 'Halaman Blok Mawar', involved: { ...start.involved, inmates: '2' } };
  const fresh = detailsOf({
    ...INCIDENT,
    description: 'Dua warga binaan berkelahi; satu dirawat di klinik.',
    involved: { ...INCIDENT.involved, officers: 1 },
  });
  const restored = initialDetails(fresh, () => draft);
  assert.equal(restored.location, 'Halaman Blok Mawar');
  assert.equal(restored.description, 'Dua warga binaan berkelahi; satu dirawat di klinik.');
  assert.equal(restored.involved.inmates, '2');
  assert.equal(restored.involved.officers, '1');
  // The description someone else wrote is not sent back as an older one.
  assert.deepEqual(toUpdateBody(parse(restored), 'Asia/Makassar'), {
    location: 'Halaman Blok Mawar',
    involved: { inmates: 2, officers: 1, others: 0, injured: 0, dead: 0 },
  });
  assert.deepEqual(rebase(restored, fresh), restored);
});
