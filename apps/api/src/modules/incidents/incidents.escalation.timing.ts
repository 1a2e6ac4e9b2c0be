import { ALERT_LEVELS, type AlertLevel } from '@selaras/contracts';
import type { EscalationRuleRow } from './incident-catalogue.queries.js';

const MINUTE_MS = 60_000;

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE_MS);
}

/** Whole minutes from `from` to `to`, never below 0 (clocks of two instances may differ by a little). */
export function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / MINUTE_MS));
}

/** How long an alert waited: until it was acknowledged, or so far while it is still open; null before it was sent. */
export function delayMinutes(alert: { sentAt: Date | null; acknowledgedAt: Date | null }, now: Date): number | null {
  if (!alert.sentAt) return null;
  return minutesBetween(alert.sentAt, alert.acknowledgedAt ?? now);
}

export type PlannedAlert = { level: AlertLevel; unitId: string; dueAt: Date; ackWithinMinutes: number };

/** One alert per rule whose level has a unit to tell, due `notifyAfterMinutes` after the report. */
export function planFromRules(
  rules: EscalationRuleRow[],
  reportedAt: Date,
  units: Map<AlertLevel, string>,
): PlannedAlert[] {
  return rules.flatMap((rule) => {
    const unitId = units.get(rule.level);
    if (!unitId) return [];
    return [
      {
        level: rule.level,
        unitId,
        dueAt: addMinutes(reportedAt, rule.notifyAfterMinutes),
        ackWithinMinutes: rule.ackWithinMinutes,
      },
    ];
  });
}

/**
 * The unit each level alerts: the incident's unit, its Kanwil, HQ. A level with no unit of its own
 * (a Kanwil office has no Kanwil above it; HQ's own incident has neither) is left out.
 */
export function levelUnits(
  unit: { id: string; kanwilId: string | null },
  hqId: string | null,
): Map<AlertLevel, string> {
  const candidates: [AlertLevel, string | null][] = [
    ['unit', unit.id],
    ['kanwil', unit.kanwilId],
    ['hq', hqId],
  ];
  const out = new Map<AlertLevel, string>();
  const taken = new Set<string>();
  for (const [level, unitId] of candidates) {
    if (!unitId || taken.has(unitId)) continue;
    out.set(level, unitId);
    taken.add(unitId);
  }
  return out;
}

/** The first level above `level` that has a unit to alert, or null at the top. */
export function nextLevelUp(level: AlertLevel, units: Map<AlertLevel, string>): AlertLevel | null {
  const above = ALERT_LEVELS.slice(ALERT_LEVELS.indexOf(level) + 1);
  return above.find((l) => units.has(l)) ?? null;
}

export function levelOrder(level: AlertLevel): number {
  return ALERT_LEVELS.indexOf(level);
}
