import type { Role } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

type HeldPosition = { role: Role; unitPath: string };

/** Admins and leaders manage accounts whose positions lie in their own subtree. */
export function canManageUsersAt(principal: Principal, unitPath: string): boolean {
  return can(principal, 'users:manage') && inScope(principal, unitPath);
}

/** Only an admin creates admins; nobody grants a role at a unit outside their subtree. */
export function canAssignRole(principal: Principal, role: Role, unitPath: string): boolean {
  if (!canManageUsersAt(principal, unitPath)) return false;
  return role !== 'admin' || principal.position.role === 'admin';
}

/**
 * An account is the principal's to change (profile, password, positions) only when the principal could
 * have granted every position it holds: a leader never takes over an admin's account.
 */
export function canManageUser(principal: Principal, positions: readonly HeldPosition[]): boolean {
  return positions.every((p) => canAssignRole(principal, p.role, p.unitPath));
}

/** Ending a position takes the power to grant it; nobody ends the one they act in (it would lock them out mid-request). */
export function canEndPosition(principal: Principal, position: HeldPosition & { id: string }): boolean {
  return canAssignRole(principal, position.role, position.unitPath) && principal.position.id !== position.id;
}

/** Nobody resets their own password here: that path skips the current-password check a stolen session would need. */
export function canResetPassword(principal: Principal, user: { id: string; positions: readonly HeldPosition[] }): boolean {
  return user.id !== principal.userId && canManageUser(principal, user.positions);
}
