import type { UnitProgressRow } from './directives.overview.queries.js';

export type Progress = {
  assigned: number;
  reported: number;
  verified: number;
  overdue: number;
  reportedPercent: number;
  verifiedPercent: number;
};
export type GroupedProgress = Progress & { unitId: string; unitName: string };

/** One decimal place, 0 when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** Adds follow-up counts up and derives the shares. */
export function sumProgress(rows: Pick<UnitProgressRow, 'assigned' | 'reported' | 'verified' | 'overdue'>[]): Progress {
  const sum = (k: 'assigned' | 'reported' | 'verified' | 'overdue') => rows.reduce((n, r) => n + r[k], 0);
  const assigned = sum('assigned');
  return {
    assigned,
    reported: sum('reported'),
    verified: sum('verified'),
    overdue: sum('overdue'),
    reportedPercent: percentOf(sum('reported'), assigned),
    verifiedPercent: percentOf(sum('verified'), assigned),
  };
}

/** Best first: verified share, then reported share, then fewest overdue, then name. */
export function rankProgress<T extends GroupedProgress>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      b.verifiedPercent - a.verifiedPercent ||
      b.reportedPercent - a.reportedPercent ||
      a.overdue - b.overdue ||
      a.unitName.localeCompare(b.unitName),
  );
}

/**
 * Per-unit progress rolled up to Kanwil (a Kanwil that is itself a target counts under its own
 * row) or kept per unit; only groups with follow-ups, ranked.
 */
export function groupProgress(units: UnitProgressRow[], by: 'kanwil' | 'unit'): GroupedProgress[] {
  const names = new Map(units.map((u) => [u.unitId, u.unitName]));
  const groups = new Map<string, UnitProgressRow[]>();
  for (const unit of units) {
    if (unit.assigned === 0) continue;
    const key = by === 'kanwil' ? (unit.kanwilId ?? unit.unitId) : unit.unitId;
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  return rankProgress([...groups].map(([unitId, rows]) => ({ unitId, unitName: names.get(unitId) ?? '', ...sumProgress(rows) })));
}
