/** "35,5" → 3550 basis points; null unless a percentage with at most two decimals. */
export function percentToBasisPoints(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(clean)) return null;
  const bp = Math.round(Number(clean) * 100);
  return bp <= 10_000 ? bp : null;
}
