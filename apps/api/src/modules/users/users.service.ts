import { hash } from '@node-rs/argon2';
import type { CreatePositionBody, CreateUserBody, UpdateUserBody, User } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import type { OrgUnitsService } from '../org-units/index.js';
import * as q from './users.queries.js';
import { toUser } from './users.mappers.js';
import { canAssignRole, canEndPosition, canManageUser, canResetPassword } from './users.policy.js';
import { cannotEndOwnPosition, cannotResetOwnPassword, nipTaken, positionNotFound, roleNotAllowed, userNotFound, usernameTaken } from './users.errors.js';
import { forbidden } from '../../platform/http/errors.js';
import { uniqueViolation } from '../../platform/db/errors.js';

export type UsersService = ReturnType<typeof createUsersService>;

/** Maps unique-constraint violations to the conflicts a person can fix. */
function rethrowUnique(err: unknown): never {
  const clash = uniqueViolation(err);
  if (clash?.includes('username')) throw usernameTaken();
  if (clash?.includes('nip')) throw nipTaken();
  throw err;
}

/** Events about a user belong to the unit of their first post, so that unit's leaders see them too. */
function userUnit(positions: q.PositionRow[], principal: Principal) {
  const where = positions[0] ?? principal.position;
  return { unitId: where.unitId, unitPath: where.unitPath };
}

export function createUsersService(deps: { db: Db; audit: Audit; units: OrgUnitsService; sessions: SessionStore; clock: () => Date }) {
  const { db, audit, units } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function present(userId: string, principal: Principal): Promise<User> {
    const user = await q.findUserById(db, userId);
    if (!user) throw userNotFound();
    return toUser(user, await q.listPositions(db, [userId], scopeOf(principal)));
  }

  async function list(principal: Principal, f: { q?: string; unitId?: string; limit: number; offset: number }) {
    const page = await q.listUsersInScope(db, scopeOf(principal), f);
    const positions = await q.listPositions(db, page.items.map((u) => u.id), scopeOf(principal));
    return {
      items: page.items.map((u) => toUser(u, positions.filter((p) => p.userId === u.id))),
      total: page.total,
    };
  }

  async function get(principal: Principal, id: string): Promise<User> {
    if (!(await q.findUserInScope(db, scopeOf(principal), id))) throw userNotFound();
    return present(id, principal);
  }

  /** A user visible to the principal whose positions the principal may manage. */
  async function getManageable(principal: Principal, id: string) {
    const user = await q.findUserInScope(db, scopeOf(principal), id);
    if (!user) throw userNotFound();
    const positions = await q.listPositions(db, [id]);
    if (!canManageUser(principal, positions)) {
      throw forbidden('Pengguna ini memegang jabatan di luar kewenangan Anda (di luar wilayah Anda atau berperan admin).');
    }
    return { user, positions };
  }

  async function create(principal: Principal, body: CreateUserBody): Promise<User> {
    const unit = await units.getInScope(principal, body.position.unitId);
    if (!canAssignRole(principal, body.position.role, unit.path)) throw roleNotAllowed();
    const passwordHash = await hash(body.password);
    const user = await db
      .transaction(async (tx) => {
        const row = await q.insertUser(tx, {
          username: body.username.toLowerCase(),
          name: body.name,
          nip: body.nip ?? null,
          email: body.email ?? null,
          whatsapp: body.whatsapp ?? null,
          passwordHash,
        });
        await q.insertPosition(tx, { userId: row.id, ...body.position });
        await audit.record(tx, auditActor(principal), {
          action: 'users.created',
          subjectType: 'user',
          subjectId: row.id,
          unitId: unit.id,
          unitPath: unit.path,
          summary: { username: row.username, role: body.position.role, position: body.position.title },
        });
        return row;
      })
      .catch(rethrowUnique);
    return present(user.id, principal);
  }

  async function update(principal: Principal, id: string, body: UpdateUserBody): Promise<User> {
    const { user: before, positions } = await getManageable(principal, id);
    const changedFields = Object.keys(body) as (keyof UpdateUserBody)[];
    await db
      .transaction(async (tx) => {
        await q.updateUser(tx, id, body);
        // Revoked, not merely refused while inactive: reactivation must not bring old tokens back.
        if (body.active === false) await deps.sessions.signOutEverywhere(tx, id);
        await audit.record(tx, auditActor(principal), {
          action: 'users.updated',
          subjectType: 'user',
          subjectId: id,
          ...userUnit(positions, principal),
          summary: {
            fields: changedFields,
            ...(body.active !== undefined ? { active: { from: before.active, to: body.active } } : {}),
          },
        });
      })
      .catch(rethrowUnique);
    return present(id, principal);
  }

  async function addPosition(principal: Principal, id: string, body: CreatePositionBody): Promise<User> {
    await getManageable(principal, id);
    const unit = await units.getInScope(principal, body.unitId);
    if (!canAssignRole(principal, body.role, unit.path)) throw roleNotAllowed();
    await db.transaction(async (tx) => {
      const position = await q.insertPosition(tx, { userId: id, ...body });
      await audit.record(tx, auditActor(principal), {
        action: 'users.position_added',
        subjectType: 'position',
        subjectId: position.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { userId: id, role: body.role, title: body.title },
      });
    });
    return present(id, principal);
  }

  async function endPosition(principal: Principal, id: string, positionId: string): Promise<User> {
    await getManageable(principal, id);
    const position = await q.findActivePosition(db, id, positionId);
    if (!position) throw positionNotFound();
    if (!canEndPosition(principal, position)) {
      throw principal.position.id === position.id ? cannotEndOwnPosition() : roleNotAllowed();
    }
    await db.transaction(async (tx) => {
      await q.endPosition(tx, positionId, deps.clock());
      await audit.record(tx, auditActor(principal), {
        action: 'users.position_removed',
        subjectType: 'position',
        subjectId: positionId,
        unitId: position.unitId,
        unitPath: position.unitPath,
        summary: { userId: id, role: position.role, title: position.title },
      });
    });
    return present(id, principal);
  }

  /** Sets a new password chosen by an admin or leader and signs the user out everywhere (sessions and API tokens). */
  async function resetPassword(principal: Principal, id: string, password: string): Promise<void> {
    const { positions } = await getManageable(principal, id);
    if (!canResetPassword(principal, { id, positions })) throw cannotResetOwnPassword();
    const passwordHash = await hash(password);
    await db.transaction(async (tx) => {
      await q.updateUser(tx, id, { passwordHash, passwordChangedAt: deps.clock() });
      await deps.sessions.signOutEverywhere(tx, id);
      await audit.record(tx, auditActor(principal), {
        action: 'users.password_reset',
        subjectType: 'user',
        subjectId: id,
        ...userUnit(positions, principal),
      });
    });
  }

  return { list, get, create, update, addPosition, endPosition, resetPassword };
}
