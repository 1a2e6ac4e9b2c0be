import type { IncidentSummary } from '@selaras/contracts';

/** "Kabur 12 · Tertangkap kembali 5 · Masih buron 7": the latest figures that are not zero, derived ones included. */
export function latestFigures(
  item: Pick<IncidentSummary, 'counters' | 'counterDefs'>,
  format: (n: number) => string,
): string {
  return item.counterDefs
    .filter((def) => (item.counters[def.key] ?? 0) > 0)
    .map((def) => `${def.label} ${format(item.counters[def.key] ?? 0)}`)
    .join(' · ');
}
