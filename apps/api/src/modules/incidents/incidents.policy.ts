import type { IncidentStatus } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** What the rules need to know about an incident. */
export type IncidentRef = { unitPath: string; status: IncidentStatus; hasReview: boolean };

/** The order a handled incident moves through; 'ditutup' is reached only by closing it. */
export const STATUS_ORDER: readonly IncidentStatus[] = ['dilaporkan', 'ditangani', 'terkendali', 'pulih', 'ditutup'];

/** A caller sees an incident of a unit in their subtree, given the read permission. */
export function canRead(principal: Principal, i: Pick<IncidentRef, 'unitPath'>): boolean {
  return can(principal, 'incidents:read') && inScope(principal, i.unitPath);
}

/** Reporters of the unit or above it write on an incident (whatever its state). */
export function mayWrite(principal: Principal, i: Pick<IncidentRef, 'unitPath'>): boolean {
  return can(principal, 'incidents:report') && inScope(principal, i.unitPath);
}

export function isClosed(i: Pick<IncidentRef, 'status'>): boolean {
  return i.status === 'ditutup';
}

/** Details, running updates, SOP steps and agencies: reporters in scope, until the incident is closed. */
export function canUpdate(principal: Principal, i: IncidentRef): boolean {
  return mayWrite(principal, i) && !isClosed(i);
}

/** The status moves forward while there is a step left before 'pulih'. */
export function canChangeStatus(principal: Principal, i: IncidentRef): boolean {
  return canUpdate(principal, i) && STATUS_ORDER.indexOf(i.status) < STATUS_ORDER.indexOf('pulih');
}

/** The unit (or a unit above it) writes the post-incident review once the incident has recovered. */
export function canReview(principal: Principal, i: IncidentRef): boolean {
  return mayWrite(principal, i) && i.status === 'pulih';
}

/** Reviewers above the incident's unit (the Kanwil or HQ, never the unit itself). */
export function mayClose(principal: Principal, i: Pick<IncidentRef, 'unitPath'>): boolean {
  return can(principal, 'incidents:review') && inScope(principal, i.unitPath) && principal.position.unitPath !== i.unitPath;
}

/** Closing needs a reviewer above the unit, a recovered incident and its review. */
export function canClose(principal: Principal, i: IncidentRef): boolean {
  return mayClose(principal, i) && i.status === 'pulih' && i.hasReview;
}

/** Named persons are read only with their own permission, in scope. */
export function canReadPersons(principal: Principal, i: Pick<IncidentRef, 'unitPath'>): boolean {
  return can(principal, 'incidents:persons') && inScope(principal, i.unitPath);
}

/** Named persons are added by the same holders, until the incident is closed. */
export function canAddPersons(principal: Principal, i: IncidentRef): boolean {
  return canReadPersons(principal, i) && !isClosed(i);
}

export function incidentAbilities(principal: Principal, i: IncidentRef) {
  return {
    update: canUpdate(principal, i),
    changeStatus: canChangeStatus(principal, i),
    review: canReview(principal, i),
    close: canClose(principal, i),
    readPersons: canReadPersons(principal, i),
    addPersons: canAddPersons(principal, i),
  };
}

/** A forward move: to a later status before 'ditutup'. */
export function isForward(from: IncidentStatus, to: IncidentStatus): boolean {
  return to !== 'ditutup' && STATUS_ORDER.indexOf(to) > STATUS_ORDER.indexOf(from);
}
