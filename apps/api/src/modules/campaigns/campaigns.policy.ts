import type { AssignmentStatus } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** The issuing unit's leaders (or admins above it) change the campaign itself. */
export function canManage(principal: Principal, issuerUnitPath: string): boolean {
  return can(principal, 'campaigns:manage') && inScope(principal, issuerUnitPath);
}

/** HQ splits the national target over Kanwil, each Kanwil over its UPTs: only from a unit in the caller's scope. */
export function canAllocate(principal: Principal, parentPath: string): boolean {
  return can(principal, 'campaigns:allocate') && inScope(principal, parentPath);
}

/** The unit itself, or its Kanwil on its behalf, registers sites, results, photos and check-ins (as for reports). */
export function canWorkFor(principal: Principal, unitPath: string): boolean {
  if (!can(principal, 'reports:submit')) return false;
  return unitPath === principal.position.unitPath || (principal.position.unitKind === 'kanwil' && inScope(principal, unitPath));
}

/** Sites and results stay editable until the unit's report is in, and again once it is returned. */
export function isEditable(status: AssignmentStatus): boolean {
  return status === 'belum_dimulai' || status === 'dalam_proses' || status === 'dikembalikan';
}

export function campaignAbilities(principal: Principal, c: { issuerUnitPath: string; verifiedBy: 'kanwil' | 'hq' }) {
  return {
    manage: canManage(principal, c.issuerUnitPath),
    allocate: can(principal, 'campaigns:allocate') && principal.position.unitKind !== 'upt',
    registerSites: can(principal, 'reports:submit'),
    verify: can(principal, 'reports:verify') && principal.position.unitKind === c.verifiedBy,
  };
}
