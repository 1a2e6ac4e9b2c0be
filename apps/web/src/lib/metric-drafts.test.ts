import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MetricSchema } from '@selaras/contracts';
import { emptyToUndefined, toOptionalNumber } from './form-values.js';
import { keyFromName, metricFieldPaths, toMetricBody } from './metric-drafts.js';

test('a key made from a name is one the contract accepts', () => {
  assert.equal(keyFromName('Bibit kelapa ditanam'), 'bibit_kelapa_ditanam');
  assert.equal(keyFromName('Luas tanam (ha)'), 'luas_tanam_ha');
  assert.equal(keyFromName('Pelatihan café'), 'pelatihan_cafe');
  assert.equal(keyFromName('3 kali panen'), 'kali_panen');
  assert.equal(keyFromName('!!!'), '');
  const long = keyFromName('jumlah warga binaan yang mengikuti pelatihan kemandirian');
  assert.ok(long.length <= 40 && !long.endsWith('_'), long);
  for (const name of ['Bibit kelapa ditanam', 'Pelatihan café', '3 kali panen', 'x'.repeat(60)]) {
    const key = keyFromName(name);
    assert.ok(MetricSchema.safeParse({ key, name, type: 'integer', rollup: 'sum' }).success, key);
  }
});

test('empty optional inputs are not given; numbers accept a decimal comma', () => {
  assert.equal(emptyToUndefined('  '), undefined);
  assert.equal(emptyToUndefined(' ha '), ' ha ');
  assert.equal(toOptionalNumber(''), undefined);
  assert.equal(toOptionalNumber('12,5'), 12.5);
  assert.equal(toOptionalNumber(' 7 '), 7);
  assert.equal(toOptionalNumber(3), 3);
  assert.ok(Number.isNaN(toOptionalNumber('dua')));
});

test('choices are sent only with a choice metric', () => {
  const choices = ['baik', 'rusak'];
  assert.deepEqual(
    toMetricBody({ key: 'kondisi', name: 'Kondisi', type: 'choice', choices, rollup: 'count' }).choices,
    choices,
  );
  assert.equal(
    toMetricBody({ key: 'jumlah', name: 'Jumlah', type: 'integer', choices, rollup: 'sum' }).choices,
    undefined,
  );
});

test('server errors may name each field of each metric row', () => {
  assert.deepEqual(metricFieldPaths(2, ['key', 'unit']), [
    'metrics.0.key',
    'metrics.0.unit',
    'metrics.1.key',
    'metrics.1.unit',
  ]);
  assert.deepEqual(metricFieldPaths(0, ['key']), []);
});
