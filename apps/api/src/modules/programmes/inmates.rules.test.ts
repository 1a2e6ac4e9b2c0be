import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PSEUDONYM_ALPHABET, checkFacts, localDate, randomPseudonym, type InmateFacts } from './inmates.rules.js';

const TODAY = '2026-03-10';
const OK: InmateFacts = { birthYear: 1990, status: 'aktif', entryDate: '2025-01-01', exitDate: null };

describe('inmate facts', () => {
  const CASES: [string, Partial<InmateFacts>, string[]][] = [
    ['an active inmate with no exit date', {}, []],
    ['born in 1900', { birthYear: 1900 }, []],
    ['born this year', { birthYear: 2026 }, []],
    ['born before 1900', { birthYear: 1899 }, ['birthYear']],
    ['born next year', { birthYear: 2027 }, ['birthYear']],
    ['entered today', { entryDate: TODAY }, []],
    ['entering tomorrow', { entryDate: '2026-03-11' }, ['entryDate']],
    ['released with an exit date', { status: 'bebas', exitDate: '2026-03-01' }, []],
    ['transferred without an exit date', { status: 'pindah' }, ['exitDate']],
    ['active with an exit date', { exitDate: '2026-03-01' }, ['exitDate']],
    ['released tomorrow', { status: 'bebas', exitDate: '2026-03-11' }, ['exitDate']],
    ['released before entering', { status: 'bebas', exitDate: '2024-12-31' }, ['exitDate']],
  ];
  for (const [label, patch, fields] of CASES) {
    test(`${label}: ${fields.length === 0 ? 'accepted' : fields.join(', ')}`, () => {
      assert.deepEqual(
        checkFacts({ ...OK, ...patch }, TODAY).map((i) => i.field),
        fields,
      );
    });
  }

  test('"today" is the unit\'s local day: 16:30 UTC is the next day in Jayapura, not yet in Jakarta', () => {
    const at = new Date('2026-03-10T20:00:00Z');
    assert.equal(localDate(at, 'Asia/Jakarta'), '2026-03-11');
    assert.equal(localDate(new Date('2026-03-10T16:30:00Z'), 'Asia/Jakarta'), '2026-03-10');
    assert.equal(localDate(new Date('2026-03-10T16:30:00Z'), 'Asia/Jayapura'), '2026-03-11');
  });
});

describe('pseudonyms', () => {
  test('"WB-" and six characters that cannot be mistaken for one another', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B']) assert.ok(!PSEUDONYM_ALPHABET.includes(ambiguous), ambiguous);
    for (let i = 0; i < 200; i += 1) assert.match(randomPseudonym(), new RegExp(`^WB-[${PSEUDONYM_ALPHABET}]{6}$`));
  });
});
