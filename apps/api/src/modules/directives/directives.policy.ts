import type { AssignmentStatus } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

export type AssignmentAction = 'submit' | 'verify' | 'return';

/** Which status each action leads to, from each status where it is allowed. */
export const TRANSITIONS: Record<AssignmentAction, Partial<Record<AssignmentStatus, AssignmentStatus>>> = {
  submit: { belum_dimulai: 'dilaporkan', dalam_proses: 'dilaporkan', dikembalikan: 'dilaporkan_ulang' },
  verify: { dilaporkan: 'terverifikasi', dilaporkan_ulang: 'terverifikasi' },
  return: { dilaporkan: 'dikembalikan', dilaporkan_ulang: 'dikembalikan' },
};

export function nextStatus(action: AssignmentAction, from: AssignmentStatus): AssignmentStatus | null {
  return TRANSITIONS[action][from] ?? null;
}

export type AssignmentFacts = {
  role: 'follow_up' | 'verify';
  status: AssignmentStatus;
  unitPath: string;
  verifiedBy: 'kanwil' | 'hq';
};

/** Strictly below: the principal's unit is an ancestor of the assignment's unit. */
function isAbove(principal: Principal, unitPath: string): boolean {
  return inScope(principal, unitPath) && unitPath !== principal.position.unitPath;
}

/** The unit itself reports; its parent Kanwil may report on its behalf (recorded as such). */
export function canSubmit(principal: Principal, a: AssignmentFacts): boolean {
  if (a.role !== 'follow_up' || !can(principal, 'reports:submit')) return false;
  if (!nextStatus('submit', a.status)) return false;
  return a.unitPath === principal.position.unitPath || (principal.position.unitKind === 'kanwil' && isAbove(principal, a.unitPath));
}

export function isOnBehalf(principal: Principal, a: AssignmentFacts): boolean {
  return a.unitPath !== principal.position.unitPath;
}

/** The verifying level named by the directive (a Kanwil, or HQ) decides on the units below it. */
export function canDecide(principal: Principal, a: AssignmentFacts, action: 'verify' | 'return'): boolean {
  if (a.role !== 'follow_up' || !can(principal, 'reports:verify')) return false;
  if (!nextStatus(action, a.status)) return false;
  return principal.position.unitKind === a.verifiedBy && isAbove(principal, a.unitPath);
}

export function assignmentAbilities(principal: Principal, a: AssignmentFacts, openRequest = false) {
  return {
    report: canSubmit(principal, a),
    verify: canDecide(principal, a, 'verify'),
    return: canDecide(principal, a, 'return'),
    requestExtension: canRequest(principal, a, openRequest),
    requestExemption: canRequest(principal, a, openRequest),
    decideRequest: openRequest && canDecideRequest(principal, a),
  };
}

/** Drafts are issued by a leader or admin of the issuing unit or above it. */
export function canIssue(principal: Principal, d: { status: 'draft' | 'issued'; issuerUnitPath: string }): boolean {
  return d.status === 'draft' && can(principal, 'directives:issue') && inScope(principal, d.issuerUnitPath);
}

/** An issued directive is amended by a leader of the issuing unit or above it, or by an admin anywhere. */
export function canAmend(principal: Principal, d: { status: 'draft' | 'issued'; issuerUnitPath: string }): boolean {
  if (d.status !== 'issued' || !can(principal, 'directives:issue')) return false;
  return principal.position.role === 'admin' || inScope(principal, d.issuerUnitPath);
}

/** Statuses in which a unit has not reported yet: it may still ask for more time or an exemption. */
export const NOT_YET_REPORTED: readonly AssignmentStatus[] = ['belum_dimulai', 'dalam_proses', 'dikembalikan'];

/** The unit itself (not its Kanwil on its behalf) asks, while it has not reported and nothing is open. */
export function canRequest(principal: Principal, a: AssignmentFacts, hasOpenRequest: boolean): boolean {
  if (a.role !== 'follow_up' || hasOpenRequest || !can(principal, 'reports:submit')) return false;
  return NOT_YET_REPORTED.includes(a.status) && a.unitPath === principal.position.unitPath;
}

/** Requests are decided by the level that verifies the unit's reports. */
export function canDecideRequest(principal: Principal, a: AssignmentFacts): boolean {
  if (a.role !== 'follow_up' || !can(principal, 'reports:verify')) return false;
  return principal.position.unitKind === a.verifiedBy && isAbove(principal, a.unitPath);
}

/** A draft is saved by whoever may send the report. */
export function canSaveDraft(principal: Principal, a: AssignmentFacts): boolean {
  return canSubmit(principal, a);
}
