import type { AlertLevel, Role } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';

/** Who at the alerted unit is told: the unit's head and security head, the Kanwil's leadership, HQ's duty officers. */
export const ALERT_ROLES: Record<AlertLevel, Role[]> = {
  unit: ['leader', 'security_officer'],
  kanwil: ['leader', 'verifier'],
  hq: ['security_officer', 'leader'],
};

type AlertFacts = { level: AlertLevel; unitId: string; sentAt: Date | null; acknowledgedAt: Date | null };

/** The caller acts in a position at the alerted unit with a role the alert goes to. */
export function isAlertRecipient(principal: Principal, alert: Pick<AlertFacts, 'level' | 'unitId'>): boolean {
  return principal.position.unitId === alert.unitId && ALERT_ROLES[alert.level].includes(principal.position.role);
}

/** A recipient acknowledges an alert once it was sent, and only once. */
export function canAcknowledge(principal: Principal, alert: AlertFacts): boolean {
  return isAlertRecipient(principal, alert) && alert.sentAt !== null && alert.acknowledgedAt === null;
}
