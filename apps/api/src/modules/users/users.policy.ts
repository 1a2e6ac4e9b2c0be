import type { Role } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** Admins and leaders manage accounts whose positions lie in their own subtree. */
export function canManageUsersAt(principal: Principal, unitPath: string): boolean {
  return can(principal, 'users:manage') && inScope(principal, unitPath);
}

/** Only an admin creates admins; nobody grants a role at a unit outside their subtree. */
export function canAssignRole(principal: Principal, role: Role, unitPath: string): boolean {
  if (!canManageUsersAt(principal, unitPath)) return false;
  return role !== 'admin' || principal.position.role === 'admin';
}

/** A user may not end the position they are acting in: it would lock them out mid-request. */
export function canEndPosition(principal: Principal, positionId: string, unitPath: string): boolean {
  return canManageUsersAt(principal, unitPath) && principal.position.id !== positionId;
}
