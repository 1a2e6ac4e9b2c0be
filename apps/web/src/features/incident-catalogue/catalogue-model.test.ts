import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSopVersionBodySchema, type SopVersion } from '@selaras/contracts';
import {
  counterFieldPaths,
  isoToLocalInZone,
  localInZoneToIso,
  placeRuleIssues,
  sopStates,
  stepsFromTexts,
  toRuleDrafts,
} from './catalogue-model.js';

test('a wall clock in each Indonesian zone becomes the right instant, and back', () => {
  assert.equal(localInZoneToIso('2025-07-01T08:00', 'Asia/Jakarta'), '2025-07-01T08:00:00+07:00');
  assert.equal(
    new Date(localInZoneToIso('2025-07-01T08:00', 'Asia/Makassar')).toISOString(),
    '2025-07-01T00:00:00.000Z',
  );
  assert.equal(
    new Date(localInZoneToIso('2025-07-01T08:00', 'Asia/Jayapura')).toISOString(),
    '2025-06-30T23:00:00.000Z',
  );
  assert.equal(isoToLocalInZone('2025-06-30T23:00:00Z', 'Asia/Jayapura'), '2025-07-01T08:00');
  assert.equal(isoToLocalInZone('2025-06-30T23:00:00Z', 'Asia/Jakarta'), '2025-07-01T06:00');
  const body = CreateSopVersionBodySchema.safeParse({
    activeFrom: localInZoneToIso('2025-07-01T08:00', 'Asia/Jakarta'),
    steps: stepsFromTexts(['Panggil damkar']),
  });
  assert.ok(body.success, 'the contract accepts what the form sends');
});

test('checklist lines become numbered steps; empty lines are dropped', () => {
  assert.deepEqual(stepsFromTexts([' Amankan lokasi ', '', 'Laporkan kepada Kalapas']), [
    { key: 'langkah_1', text: 'Amankan lokasi' },
    { key: 'langkah_2', text: 'Laporkan kepada Kalapas' },
  ]);
});

test('versions are marked current, scheduled or past at a given time', () => {
  const v = (id: string, version: number, activeFrom: string): SopVersion => ({
    id,
    categoryId: 'c',
    version,
    activeFrom,
    steps: [],
    note: null,
    createdAt: activeFrom,
  });
  const versions = [
    v('v3', 3, '2025-07-01T00:00:00Z'),
    v('v2', 2, '2025-06-01T00:00:00Z'),
    v('v1', 1, '2024-01-01T00:00:00Z'),
  ];
  assert.deepEqual(Object.fromEntries(sopStates(versions, new Date('2025-06-15T00:00:00Z'))), {
    v3: 'scheduled',
    v2: 'current',
    v1: 'past',
  });
  assert.deepEqual(Object.fromEntries(sopStates(versions, new Date('2025-07-01T00:00:00Z'))), {
    v3: 'current',
    v2: 'past',
    v1: 'past',
  });
  assert.equal(sopStates([], new Date()).size, 0);
});

test('server errors on a rule set go to their rows or above the editor', () => {
  const placed = placeRuleIssues([
    { path: 'body', message: 'Harus ada aturan tingkat unit', code: 'incidents.rules_base_missing' },
    { path: 'body.4', message: 'Aturan ganda', code: 'incidents.rule_duplicate' },
    { path: 'body.4.categoryId', message: 'Kategori tidak dikenal', code: 'incidents.rule_category_unknown' },
    { path: 'body.12.level', message: 'Tidak valid', code: 'invalid_value' },
  ]);
  assert.deepEqual(placed.general, ['Harus ada aturan tingkat unit']);
  assert.deepEqual(Object.fromEntries(placed.rows), {
    4: ['Aturan ganda', 'Kategori tidak dikenal'],
    12: ['Tidak valid'],
  });
});

test('rule drafts drop ids; counter paths cover every row', () => {
  assert.deepEqual(
    toRuleDrafts([
      { id: 'x', categoryId: null, minSeverityRank: 1, level: 'unit', notifyAfterMinutes: 0, ackWithinMinutes: 15 },
    ]),
    [{ categoryId: null, minSeverityRank: 1, level: 'unit', notifyAfterMinutes: 0, ackWithinMinutes: 15 }],
  );
  assert.equal(counterFieldPaths(2).length, 10);
  assert.ok(counterFieldPaths(2).includes('counters.1.derived.subtract'));
});
