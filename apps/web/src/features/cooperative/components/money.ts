/** "1.250.000" or "Rp 1.250.000" typed → 1250000; empty → not given; anything else NaN for the schema to report. */
export function toRupiah(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const digits = value.replace(/^\s*rp\s*/i, '').replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}
