import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** May change the register of the unit at `unitPath`: inmates:manage and the unit in the caller's subtree. */
export function canManageInmates(principal: Principal, unitPath: string): boolean {
  return can(principal, 'inmates:manage') && inScope(principal, unitPath);
}

/** May see names at all (each read is still recorded). */
export function canReadNames(principal: Principal): boolean {
  return can(principal, 'inmates:names');
}
