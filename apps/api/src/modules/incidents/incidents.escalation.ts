import type { Alert } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Notify } from '../../platform/notify/notify.js';
import type { incidents } from './incidents.table.js';

export type IncidentRow = typeof incidents.$inferSelect;

/**
 * Alerts for an incident, from the escalation rules: planned when it is reported, sent when due,
 * repeated and escalated once when not acknowledged in time. (Interface; implemented with the scheduler.)
 */
export type Escalation = {
  /** Inside the reporting transaction: one alert per level from the rules; those due now are sent at once. */
  planAlerts(tx: Db, incident: IncidentRow, now: Date): Promise<void>;
  /** The scheduler tick: sends alerts that came due, repeats and escalates those not acknowledged in time. */
  runEscalations(now: Date): Promise<{ sent: number; escalated: number }>;
  /** Any recipient of the alert (an active position at the alerted unit) may acknowledge it, once. */
  acknowledge(principal: Principal, incidentId: string, alertId: string): Promise<Alert>;
  /** The incident's alerts as the caller sees them (with whether they may acknowledge). */
  alertsOf(db: Db, principal: Principal, incidentId: string): Promise<Alert[]>;
};

export function createEscalation(deps: { db: Db; notify: Notify; clock: () => Date }): Escalation {
  void deps;
  return {
    planAlerts: async () => undefined,
    runEscalations: async () => ({ sent: 0, escalated: 0 }),
    acknowledge: async () => {
      throw new Error('escalation not implemented yet');
    },
    alertsOf: async () => [],
  };
}
