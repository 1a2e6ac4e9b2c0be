import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestFigures } from './banner-figures.js';

const escape = {
  counterDefs: [
    { key: 'kabur', label: 'Kabur', derived: false },
    { key: 'tertangkap', label: 'Tertangkap kembali', derived: false },
    { key: 'buron', label: 'Masih buron', derived: true },
  ],
  counters: { kabur: 12, tertangkap: 5, buron: 7 },
};

test('the latest figures in the category order, derived ones included', () => {
  assert.equal(latestFigures(escape, String), 'Kabur 12 · Tertangkap kembali 5 · Masih buron 7');
});

test('zero figures are left out; none gives an empty line', () => {
  assert.equal(
    latestFigures({ ...escape, counters: { kabur: 3, tertangkap: 3, buron: 0 } }, String),
    'Kabur 3 · Tertangkap kembali 3',
  );
  assert.equal(latestFigures({ counterDefs: [], counters: {} }, String), '');
});
