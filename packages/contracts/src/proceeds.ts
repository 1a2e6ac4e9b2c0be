/** Splitting money in whole rupiah so that the parts always add up to the whole. */

export type SplitShares = { pnbpBasisPoints: number; premiBasisPoints: number; capitalBasisPoints: number };
export type SplitAmounts = { pnbpRupiah: number; premiRupiah: number; capitalRupiah: number };

export const BASIS_POINTS_WHOLE = 10_000;

/**
 * Divides `total` rupiah by non-negative weights with the largest-remainder method: each part is the floor of
 * its exact share, and the rupiah left over go one each to the largest remainders (ties to the earlier part).
 * The parts sum exactly to `total`; with all weights zero everything goes to the first part.
 */
export function divideRupiah(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('total must be a whole, non-negative number of rupiah');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be finite and non-negative');
  if (weights.length === 0) return [];
  // Exact integer arithmetic: weights to thousandths (hours may be fractional), then BigInt so no share is rounded twice.
  const scaled = weights.map((w) => BigInt(Math.round(w * 1000)));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const whole = BigInt(total);
  const parts = scaled.map((w) => (whole * w) / sum);
  const remainders = scaled.map((w, i) => ({ i, remainder: (whole * w) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/** The PNBP, premi and production-capital parts of `total` under a split rule. */
export function splitProceeds(total: number, rule: SplitShares): SplitAmounts {
  const [pnbpRupiah = 0, premiRupiah = 0, capitalRupiah = 0] = divideRupiah(total, [rule.pnbpBasisPoints, rule.premiBasisPoints, rule.capitalBasisPoints]);
  return { pnbpRupiah, premiRupiah, capitalRupiah };
}

export type SoldItemWork = { amountRupiah: number; workers: readonly { inmateId: string; amount: number }[] };
export type PremiCredit = { itemIndex: number; inmateId: string; rupiah: number };

/**
 * Who earns the premi part of a sale: first divided over the items by their amounts, then each item's part over
 * the inmates who made its batch by their pieces or hours. Every rupiah of `premiRupiah` lands on someone.
 */
export function premiCredits(premiRupiah: number, items: readonly SoldItemWork[]): PremiCredit[] {
  const perItem = divideRupiah(premiRupiah, items.map((i) => i.amountRupiah));
  return items.flatMap((item, itemIndex) => {
    if (item.workers.length === 0) throw new RangeError('every sold batch needs at least one worker');
    const shares = divideRupiah(perItem[itemIndex] ?? 0, item.workers.map((w) => w.amount));
    return item.workers.map((w, k) => ({ itemIndex, inmateId: w.inmateId, rupiah: shares[k] ?? 0 })).filter((c) => c.rupiah > 0);
  });
}
