import type { Permission, Role, TimeZone, UnitKind } from '@selaras/contracts';
import { roleHasPermission } from '@selaras/contracts';
import type { AuditActor } from '../audit/audit.js';

export type ActivePosition = {
  id: string;
  title: string;
  role: Role;
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  unitPath: string;
  unitTimezone: TimeZone;
};

/** The caller of a request: a user acting in one of their positions. Scope = that unit's subtree. */
export type Principal = {
  userId: string;
  username: string;
  name: string;
  position: ActivePosition;
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
  requestId: string | null;
};

export function can(principal: Principal, permission: Permission): boolean {
  return roleHasPermission(principal.position.role, permission);
}

/** True when the unit at `unitPath` lies in the principal's subtree. */
export function inScope(principal: Principal, unitPath: string): boolean {
  return unitPath.startsWith(principal.position.unitPath);
}

export function auditActor(principal: Principal): AuditActor {
  return {
    userId: principal.userId,
    name: principal.name,
    positionId: principal.position.id,
    positionTitle: principal.position.title,
    requestId: principal.requestId,
  };
}
