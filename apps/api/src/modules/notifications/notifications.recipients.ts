import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { ROLES, roleHasPermission, type Permission, type Role } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Recipient } from '../../platform/notify/notify.js';
import { orgUnits } from '../org-units/index.js';
import { positions, users } from '../users/index.js';

/** Whom to tell: given positions, or the active positions in some units holding a role or a permission. */
export type RecipientSpec = { positionIds: string[] } | { unitIds: string[]; roles?: Role[]; permission?: Permission };

export type PositionRecipient = Recipient & { positionId: string; unitId: string; role: Role; unitPath: string; unitTimezone: string };

const columns = {
  userId: users.id,
  email: users.email,
  positionId: positions.id,
  unitId: positions.unitId,
  role: positions.role,
  unitPath: orgUnits.path,
  unitTimezone: orgUnits.timezone,
};

function rolesOf(spec: { roles?: Role[]; permission?: Permission }): Role[] {
  const permission = spec.permission;
  const byPermission = permission ? ROLES.filter((r) => roleHasPermission(r, permission)) : [...ROLES];
  return spec.roles ? byPermission.filter((r) => spec.roles?.includes(r)) : byPermission;
}

/** Active positions of active users that the spec names. */
export async function resolveRecipients(db: Db, spec: RecipientSpec): Promise<PositionRecipient[]> {
  const which =
    'positionIds' in spec
      ? spec.positionIds.length ? inArray(positions.id, spec.positionIds) : null
      : spec.unitIds.length ? and(inArray(positions.unitId, spec.unitIds), inArray(positions.role, rolesOf(spec))) : null;
  if (!which) return [];
  return db
    .select(columns)
    .from(positions)
    .innerJoin(users, eq(users.id, positions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(and(which, isNull(positions.endedAt), eq(users.active, true)))
    .orderBy(asc(positions.createdAt), asc(positions.id));
}

/** Leaders and verifiers of Kanwil and HQ: they get digests instead of one message per event. */
export async function digestRecipients(db: Db): Promise<PositionRecipient[]> {
  return db
    .select(columns)
    .from(positions)
    .innerJoin(users, eq(users.id, positions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(
      and(
        inArray(orgUnits.kind, ['kanwil', 'hq']),
        inArray(positions.role, ['leader', 'verifier']),
        isNull(positions.endedAt),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(positions.createdAt), asc(positions.id));
}
