import type { MapColour, MapPoint, OverdueItem } from '@selaras/contracts';
import { percentOf, type UnitProgressRow } from '../directives/index.js';

const DAY_MS = 86_400_000;

/** Green when ≥ 80 % of a unit's follow-ups are reported, yellow from 50 %, red below, grey when it has none. */
export function mapColour(assigned: number, reported: number): MapColour {
  if (assigned === 0) return 'grey';
  const share = reported / assigned;
  if (share >= 0.8) return 'green';
  if (share >= 0.5) return 'yellow';
  return 'red';
}

/** Units with a position, coloured by the rule above. */
export function toMapPoints(units: UnitProgressRow[]): MapPoint[] {
  return units.flatMap((u) =>
    u.lat === null || u.lng === null
      ? []
      : [
          {
            unitId: u.unitId,
            unitName: u.unitName,
            unitKind: u.unitKind,
            lat: u.lat,
            lng: u.lng,
            assigned: u.assigned,
            reported: u.reported,
            reportedPercent: percentOf(u.reported, u.assigned),
            colour: mapColour(u.assigned, u.reported),
          },
        ],
  );
}

/** Whole days since the due instant (a follow-up 3 hours late is 0 days late). */
export function daysLate(dueAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS));
}

export function toOverdueItem(row: Omit<OverdueItem, 'dueAt' | 'daysLate'> & { dueAt: Date }, now: Date): OverdueItem {
  return { ...row, dueAt: row.dueAt.toISOString(), daysLate: daysLate(row.dueAt, now) };
}
