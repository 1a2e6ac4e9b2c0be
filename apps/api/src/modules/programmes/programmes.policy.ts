import type { EnrolmentStatus } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** What the rules need to know about a programme. */
export type ProgrammeRef = { unitPath: string; archived: boolean };

/** Programme officers and leaders of the unit or above it manage its programmes. */
export function mayManage(principal: Principal, p: Pick<ProgrammeRef, 'unitPath'>): boolean {
  return can(principal, 'programmes:manage') && inScope(principal, p.unitPath);
}

/** Details and participants change while the programme is not archived. */
export function canUpdate(principal: Principal, p: ProgrammeRef): boolean {
  return mayManage(principal, p) && !p.archived;
}

/** The status moves an enrolment may make: ended ones are final. */
export function allowedMoves(from: EnrolmentStatus): { activate: boolean; suspend: boolean; end: boolean } {
  return {
    activate: from === 'ditangguhkan' || from === 'daftar_tunggu',
    suspend: from === 'aktif',
    end: from !== 'selesai',
  };
}

export function programmeAbilities(principal: Principal, p: ProgrammeRef) {
  const update = canUpdate(principal, p);
  return { update, enrol: update, changeEnrolment: update };
}

export function enrolmentAbilities(principal: Principal, p: ProgrammeRef, status: EnrolmentStatus) {
  const moves = allowedMoves(status);
  const update = canUpdate(principal, p);
  return { activate: update && moves.activate, suspend: update && moves.suspend, end: update && moves.end };
}
