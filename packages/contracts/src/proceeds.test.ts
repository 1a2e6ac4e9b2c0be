import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { divideRupiah, premiCredits, splitProceeds, type SplitShares } from './proceeds.js';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}
const next = random(20_260_310);
const int = (max: number) => Math.floor(next() * (max + 1));

const RULES: Record<string, SplitShares> = {
  '50/35/15': { pnbpBasisPoints: 5000, premiBasisPoints: 3500, capitalBasisPoints: 1500 },
  '50/15/35': { pnbpBasisPoints: 5000, premiBasisPoints: 1500, capitalBasisPoints: 3500 },
  '33.33/33.33/33.34': { pnbpBasisPoints: 3333, premiBasisPoints: 3333, capitalBasisPoints: 3334 },
};
const ODD_TOTALS = [0, 1, 2, 3, 7, 99, 101, 999, 1_001, 999_999_999, 1_000_000_001, Number.MAX_SAFE_INTEGER];

function assertFairDivision(total: number, weights: number[], parts: number[]): void {
  assert.equal(parts.length, weights.length);
  assert.equal(parts.reduce((a, b) => a + b, 0), total, `parts of ${total} by ${weights.join(',')} sum to the whole`);
  const sum = weights.reduce((a, b) => a + b, 0);
  parts.forEach((part, i) => {
    assert.ok(Number.isInteger(part) && part >= 0, 'whole, non-negative rupiah');
    const exact = sum === 0 ? (i === 0 ? total : 0) : (total * (weights[i] ?? 0)) / sum;
    // Floating point is only an approximation of the exact share above 2^53 / weight; allow its own error.
    assert.ok(Math.abs(part - exact) < 1 + exact * 1e-12, `part ${i} (${part}) within a rupiah of ${exact}`);
  });
}

describe('divideRupiah', () => {
  test('parts always add up to the whole and stay within a rupiah of their exact share (2,000 random cases)', () => {
    for (let run = 0; run < 2000; run += 1) {
      const total = run % 3 === 0 ? int(1_000_000_000) : int(10_000);
      const weights = Array.from({ length: 1 + int(8) }, () => (run % 2 === 0 ? int(1000) : int(400) / 4));
      assertFairDivision(total, weights, divideRupiah(total, weights));
    }
  });

  test('odd totals by equal weights: the leftover rupiah go one each to the first parts', () => {
    assert.deepEqual(divideRupiah(7, [1, 1, 1]), [3, 2, 2]);
    assert.deepEqual(divideRupiah(1, [1, 1, 1]), [1, 0, 0]);
    assert.deepEqual(divideRupiah(2, [1, 1, 1]), [1, 1, 0]);
  });

  test('the largest remainder wins the leftover rupiah, not the first part', () => {
    assert.deepEqual(divideRupiah(10, [1, 2]), [3, 7]);
  });

  test('zero weights put everything on the first part; no weights give no parts', () => {
    assert.deepEqual(divideRupiah(5, [0, 0]), [5, 0]);
    assert.deepEqual(divideRupiah(5, []), []);
  });

  test('refuses fractions of a rupiah, negative totals and negative weights', () => {
    assert.throws(() => divideRupiah(1.5, [1]), RangeError);
    assert.throws(() => divideRupiah(-1, [1]), RangeError);
    assert.throws(() => divideRupiah(1, [1, -1]), RangeError);
  });
});

describe('splitProceeds', () => {
  for (const [name, rule] of Object.entries(RULES)) {
    test(`${name}: PNBP + premi + capital is the total for odd and random totals`, () => {
      const weights = [rule.pnbpBasisPoints, rule.premiBasisPoints, rule.capitalBasisPoints];
      const totals = [...ODD_TOTALS, ...Array.from({ length: 1000 }, () => int(2_000_000_000))];
      for (const total of totals) {
        const s = splitProceeds(total, rule);
        assertFairDivision(total, weights, [s.pnbpRupiah, s.premiRupiah, s.capitalRupiah]);
      }
    });
  }

  test('the two source rules give the worked examples', () => {
    assert.deepEqual(splitProceeds(100_000, RULES['50/35/15'] as SplitShares), { pnbpRupiah: 50_000, premiRupiah: 35_000, capitalRupiah: 15_000 });
    assert.deepEqual(splitProceeds(100_000, RULES['50/15/35'] as SplitShares), { pnbpRupiah: 50_000, premiRupiah: 15_000, capitalRupiah: 35_000 });
    assert.deepEqual(splitProceeds(1, RULES['50/35/15'] as SplitShares), { pnbpRupiah: 1, premiRupiah: 0, capitalRupiah: 0 });
    assert.deepEqual(splitProceeds(7, RULES['50/35/15'] as SplitShares), { pnbpRupiah: 4, premiRupiah: 2, capitalRupiah: 1 });
    const big = splitProceeds(999_999_999, RULES['50/15/35'] as SplitShares);
    // Exact shares 499,999,999.5 / 149,999,999.85 / 349,999,999.65: the two leftover rupiah go to the largest remainders.
    assert.deepEqual(big, { pnbpRupiah: 499_999_999, premiRupiah: 150_000_000, capitalRupiah: 350_000_000 });
  });
});

describe('premiCredits', () => {
  test('every rupiah of premi lands on a maker, each within a rupiah of their share of their item (1,000 random sales)', () => {
    for (let run = 0; run < 1000; run += 1) {
      const premi = run % 4 === 0 ? int(20) : int(50_000_000);
      const items = Array.from({ length: 1 + int(4) }, (_, i) => ({
        amountRupiah: 1 + int(5_000_000),
        workers: Array.from({ length: 1 + int(5) }, (_, k) => ({ inmateId: `i${i}-${k}`, amount: run % 2 === 0 ? 1 + int(50) : (1 + int(40)) / 2 })),
      }));
      const credits = premiCredits(premi, items);
      assert.equal(credits.reduce((a, c) => a + c.rupiah, 0), premi, 'no rupiah lost or made');
      const perItem = divideRupiah(premi, items.map((i) => i.amountRupiah));
      items.forEach((item, itemIndex) => {
        const itemCredits = credits.filter((c) => c.itemIndex === itemIndex);
        assert.equal(itemCredits.reduce((a, c) => a + c.rupiah, 0), perItem[itemIndex]);
        const sum = item.workers.reduce((a, w) => a + w.amount, 0);
        for (const w of item.workers) {
          const got = itemCredits.find((c) => c.inmateId === w.inmateId)?.rupiah ?? 0;
          assert.ok(Math.abs(got - ((perItem[itemIndex] ?? 0) * w.amount) / sum) < 1);
        }
      });
    }
  });

  test('Rp7 of premi over makers of 60 and 40 pieces: 4 and 3, nobody gets a zero line', () => {
    const credits = premiCredits(7, [{ amountRupiah: 100, workers: [{ inmateId: 'a', amount: 60 }, { inmateId: 'b', amount: 40 }] }]);
    assert.deepEqual(credits, [{ itemIndex: 0, inmateId: 'a', rupiah: 4 }, { itemIndex: 0, inmateId: 'b', rupiah: 3 }]);
    assert.deepEqual(premiCredits(1, [{ amountRupiah: 100, workers: [{ inmateId: 'a', amount: 1 }, { inmateId: 'b', amount: 1 }] }]), [{ itemIndex: 0, inmateId: 'a', rupiah: 1 }]);
  });

  test('a sold batch without makers is refused rather than losing its premi', () => {
    assert.throws(() => premiCredits(10, [{ amountRupiah: 10, workers: [] }]), RangeError);
  });
});
