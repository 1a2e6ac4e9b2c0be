import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, checklistFor, isPermitValid, windowsCovered, type ReadinessFacts } from './readiness.js';

const TODAY = '2026-03-10';
const weekly = (weeks: number) => Array.from({ length: weeks }, (_, i) => addDays(TODAY, -7 * i));
const monthly = (months: number) => Array.from({ length: months }, (_, i) => addDays(TODAY, -30 * i - 5));

/** A food product meeting everything up to unggulan; each case breaks one thing. */
function flagship(overrides: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return {
    today: TODAY,
    category: 'makanan',
    priceRupiah: 15_000,
    costRupiah: 9_000,
    inmatesTrained: 3,
    packagingReady: true,
    labelReady: true,
    salesChannels: ['koperasi'],
    permits: [
      { kind: 'halal', expiresOn: '2027-01-01' },
      { kind: 'pirt', expiresOn: '2027-01-01' },
      { kind: 'merek', expiresOn: null },
    ],
    batchCount: 8,
    batchDates: weekly(8),
    saleDates: monthly(3),
    ...overrides,
  };
}

const unmet = (target: Parameters<typeof checklistFor>[0], f: ReadinessFacts) =>
  checklistFor(target, f)
    .filter((i) => !i.met)
    .map((i) => i.code);

describe('readiness checklist by target stage', () => {
  const cases: {
    name: string;
    facts: ReadinessFacts;
    pengembangan: string[];
    siap_pasar: string[];
    unggulan: string[];
  }[] = [
    { name: 'everything in place', facts: flagship(), pengembangan: [], siap_pasar: [], unggulan: [] },
    {
      name: 'no price',
      facts: flagship({ priceRupiah: null }),
      pengembangan: ['harga'],
      siap_pasar: ['harga'],
      unggulan: ['harga'],
    },
    {
      name: 'no cost',
      facts: flagship({ costRupiah: 0 }),
      pengembangan: ['harga'],
      siap_pasar: ['harga'],
      unggulan: ['harga'],
    },
    {
      name: 'no batch at all',
      facts: flagship({ batchCount: 0, batchDates: [] }),
      pengembangan: ['produksi'],
      siap_pasar: ['produksi', 'produksi_stabil_4'],
      unggulan: ['produksi', 'produksi_stabil_8'],
    },
    {
      name: 'nobody trained',
      facts: flagship({ inmatesTrained: 0 }),
      pengembangan: ['pelatihan'],
      siap_pasar: ['pelatihan'],
      unggulan: ['pelatihan'],
    },
    {
      name: 'no label',
      facts: flagship({ labelReady: false }),
      pengembangan: [],
      siap_pasar: ['kemasan_label'],
      unggulan: ['kemasan_label'],
    },
    {
      name: 'no packaging',
      facts: flagship({ packagingReady: false }),
      pengembangan: [],
      siap_pasar: ['kemasan_label'],
      unggulan: ['kemasan_label'],
    },
    {
      name: 'food without halal',
      facts: flagship({
        permits: [
          { kind: 'pirt', expiresOn: '2027-01-01' },
          { kind: 'merek', expiresOn: null },
        ],
      }),
      pengembangan: [],
      siap_pasar: ['izin'],
      unggulan: ['izin'],
    },
    {
      name: 'food with halal and BPOM instead of P-IRT',
      facts: flagship({
        permits: [
          { kind: 'halal', expiresOn: TODAY },
          { kind: 'bpom', expiresOn: '2027-01-01' },
          { kind: 'merek', expiresOn: null },
        ],
      }),
      pengembangan: [],
      siap_pasar: [],
      unggulan: [],
    },
    {
      name: 'food whose P-IRT expired yesterday',
      facts: flagship({
        permits: [
          { kind: 'halal', expiresOn: '2027-01-01' },
          { kind: 'pirt', expiresOn: addDays(TODAY, -1) },
          { kind: 'merek', expiresOn: null },
        ],
      }),
      pengembangan: [],
      siap_pasar: ['izin'],
      unggulan: ['izin'],
    },
    {
      name: 'textile needs no food permit',
      facts: flagship({ category: 'tekstil', permits: [{ kind: 'merek', expiresOn: null }] }),
      pengembangan: [],
      siap_pasar: [],
      unggulan: [],
    },
    {
      name: 'drink without any permit',
      facts: flagship({ category: 'minuman', permits: [] }),
      pengembangan: [],
      siap_pasar: ['izin'],
      unggulan: ['izin', 'merek'],
    },
    {
      name: 'a week without production among the last four',
      facts: flagship({ batchDates: weekly(8).filter((_, i) => i !== 2) }),
      pengembangan: [],
      siap_pasar: ['produksi_stabil_4'],
      unggulan: ['produksi_stabil_8'],
    },
    {
      name: 'steady for four weeks only',
      facts: flagship({ batchDates: weekly(4) }),
      pengembangan: [],
      siap_pasar: [],
      unggulan: ['produksi_stabil_8'],
    },
    {
      name: 'no sales channel',
      facts: flagship({ salesChannels: [] }),
      pengembangan: [],
      siap_pasar: ['saluran'],
      unggulan: ['saluran'],
    },
    {
      name: 'no brand registration',
      facts: flagship({
        permits: [
          { kind: 'halal', expiresOn: null },
          { kind: 'bpom', expiresOn: null },
        ],
      }),
      pengembangan: [],
      siap_pasar: [],
      unggulan: ['merek'],
    },
    {
      name: 'no sale in the second month',
      facts: flagship({ saleDates: monthly(3).filter((_, i) => i !== 1) }),
      pengembangan: [],
      siap_pasar: [],
      unggulan: ['penjualan_3_bulan'],
    },
  ];
  for (const c of cases) {
    for (const target of ['pengembangan', 'siap_pasar', 'unggulan'] as const) {
      test(`${c.name} → ${target}: ${c[target].join(', ') || 'all met'}`, () => {
        assert.deepEqual(unmet(target, c.facts).sort(), [...c[target]].sort());
      });
    }
  }

  test('every item explains itself in Indonesian', () => {
    const items = checklistFor('unggulan', flagship({ priceRupiah: null, labelReady: false, saleDates: [] }));
    assert.ok(items.every((i) => i.detail.length > 10));
    assert.match(items.find((i) => i.code === 'kemasan_label')?.detail ?? '', /label/);
    assert.match(items.find((i) => i.code === 'penjualan_3_bulan')?.detail ?? '', /0 dari 3 bulan/);
  });

  test('the first stage has no checklist', () => {
    assert.deepEqual(checklistFor('uji_coba', flagship()), []);
  });
});

describe('windows and validity', () => {
  test('7-day windows end today: day 0–6 is this week, day 7 is the week before', () => {
    assert.equal(windowsCovered([addDays(TODAY, -6)], TODAY, 7, 1), 1);
    assert.equal(windowsCovered([addDays(TODAY, -7)], TODAY, 7, 1), 0);
    assert.equal(windowsCovered([addDays(TODAY, -7)], TODAY, 7, 2), 1);
    assert.equal(windowsCovered([addDays(TODAY, 1)], TODAY, 7, 4), 0, 'a future date counts for nothing');
  });

  test('a permit is valid through its expiry day, and forever without one', () => {
    assert.equal(isPermitValid({ expiresOn: TODAY }, TODAY), true);
    assert.equal(isPermitValid({ expiresOn: addDays(TODAY, -1) }, TODAY), false);
    assert.equal(isPermitValid({ expiresOn: null }, TODAY), true);
  });
});
