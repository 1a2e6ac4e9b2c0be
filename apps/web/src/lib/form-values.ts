/** Empty inputs of optional fields mean "not given". */
export function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** "12,5" or "12.5" → 12.5; empty → not given; anything else stays NaN so the schema reports it. */
export function toOptionalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Number(value.trim().replace(',', '.'));
}
