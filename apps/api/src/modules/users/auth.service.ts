import { hash, verify } from '@node-rs/argon2';
import type { ChangePasswordBody, LoginBody, Me } from '@selaras/contracts';
import { ROLE_PERMISSIONS } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { apiTokens } from '../../platform/auth/auth.table.js';
import type { LoadedPrincipal } from '../../platform/auth/authenticate.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import * as q from './users.queries.js';
import { toPosition } from './users.mappers.js';
import {
  invalidCredentials,
  lockedOut,
  positionNotFound,
  sessionRequired,
  tokenNotFound,
  wrongCurrentPassword,
} from './users.errors.js';

export const LOCKOUT = { windowMinutes: 15, maxPerUsername: 5, maxPerAddress: 30 } as const;

// Verifying against a real hash keeps "no such user" as slow as "wrong password".
const DUMMY_HASH = await hash('selaras-timing-equaliser');

export type AuthService = ReturnType<typeof createAuthService>;

/** The principal for a user acting in one of their positions; null when either is gone or inactive. */
export async function loadPrincipal(db: Db, userId: string, positionId: string): Promise<LoadedPrincipal | null> {
  const row = await q.findActingUser(db, userId, positionId);
  if (!row) return null;
  const { user, position } = row;
  return { userId: user.id, username: user.username, name: user.name, position };
}

export function createAuthService(deps: { db: Db; audit: Audit; sessions: SessionStore; clock: () => Date }) {
  const { db, audit, sessions, clock } = deps;

  async function buildMe(principal: Principal, csrfToken: string, expiresAt: Date): Promise<Me> {
    const user = await q.findUserById(db, principal.userId);
    const positions = await q.listPositions(db, [principal.userId]);
    return {
      user: { id: principal.userId, username: principal.username, name: principal.name, email: user?.email ?? null },
      position: toPosition(principal.position),
      positions: positions.map(toPosition),
      permissions: [...ROLE_PERMISSIONS[principal.position.role]],
      csrfToken,
      sessionExpiresAt: expiresAt.toISOString(),
    };
  }

  async function checkLockout(username: string, ip: string): Promise<void> {
    const windowMs = LOCKOUT.windowMinutes * 60_000;
    const now = clock();
    const failures = await q.countRecentFailures(db, username, ip, new Date(now.getTime() - windowMs));
    for (const [stats, max] of [[failures.user, LOCKOUT.maxPerUsername], [failures.ip, LOCKOUT.maxPerAddress]] as const) {
      if (stats.count >= max && stats.oldest) {
        throw lockedOut((stats.oldest.getTime() + windowMs - now.getTime()) / 1000);
      }
    }
  }

  /** Checks the password (throttled per username and per address) and opens a session. */
  async function login(body: LoginBody, client: { ip: string; userAgent: string | null; requestId: string }) {
    const username = body.username.toLowerCase();
    await checkLockout(username, client.ip);
    const user = await q.findUserByUsername(db, username);
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, body.password).catch(() => false);
    const position = user && ok && user.active ? (await q.listPositions(db, [user.id]))[0] : undefined;
    const at = clock();
    if (!user || !position) {
      await db.transaction(async (tx) => {
        await q.recordLoginAttempt(tx, { username, ip: client.ip, success: false, at });
        await audit.record(tx, null, {
          action: 'auth.login_failed',
          subjectType: 'user',
          subjectId: user?.id ?? null,
          summary: { username, ip: client.ip },
        });
      });
      throw invalidCredentials();
    }
    const principal: Principal = {
      userId: user.id,
      username: user.username,
      name: user.name,
      position,
      via: 'session',
      sessionId: null,
      csrfToken: null,
      requestId: client.requestId,
    };
    const session = await db.transaction(async (tx) => {
      await q.clearFailures(tx, username);
      await q.recordLoginAttempt(tx, { username, ip: client.ip, success: true, at });
      const created = await sessions.create(tx, {
        userId: user.id,
        positionId: position.id,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        unitId: position.unitId,
        unitPath: position.unitPath,
        summary: { ip: client.ip },
      });
      return created;
    });
    const me = await buildMe(principal, session.csrfToken, session.expiresAt);
    return { token: session.token, expiresAt: session.expiresAt, me };
  }

  async function me(principal: Principal): Promise<Me> {
    if (principal.via === 'token' || !principal.sessionId) {
      return buildMe(principal, '', clock());
    }
    const session = await sessionOf(principal);
    return buildMe(principal, session.csrfToken, session.expiresAt);
  }

  async function sessionOf(principal: Principal) {
    const row = principal.sessionId ? await sessions.findById(db, principal.sessionId) : null;
    if (!row) throw sessionRequired();
    return row;
  }

  async function logout(principal: Principal): Promise<void> {
    if (!principal.sessionId) throw sessionRequired();
    const sessionId = principal.sessionId;
    await db.transaction(async (tx) => {
      await sessions.revoke(tx, sessionId);
      await audit.record(tx, auditActor(principal), unitEvent(principal, 'auth.logout'));
    });
  }

  /** Ends every session and API token of the caller, this one included. */
  async function logoutEverywhere(principal: Principal): Promise<void> {
    await db.transaction(async (tx) => {
      await sessions.signOutEverywhere(tx, principal.userId);
      await audit.record(tx, auditActor(principal), unitEvent(principal, 'auth.logout_all'));
    });
  }

  async function switchPosition(principal: Principal, positionId: string): Promise<Me> {
    if (!principal.sessionId) throw sessionRequired();
    const sessionId = principal.sessionId;
    const next = await loadPrincipal(db, principal.userId, positionId);
    if (!next) throw positionNotFound();
    const switched: Principal = { ...principal, ...next };
    await db.transaction(async (tx) => {
      await sessions.setPosition(tx, sessionId, positionId);
      await audit.record(tx, auditActor(switched), {
        ...unitEvent(switched, 'auth.position_switched'),
        summary: { from: principal.position.title, to: switched.position.title },
      });
    });
    return me(switched);
  }

  /** Changes the password and ends the user's other sessions. */
  async function changePassword(principal: Principal, body: ChangePasswordBody): Promise<void> {
    const user = await q.findUserById(db, principal.userId);
    if (!user || !(await verify(user.passwordHash, body.currentPassword).catch(() => false))) throw wrongCurrentPassword();
    const passwordHash = await hash(body.newPassword);
    await db.transaction(async (tx) => {
      await q.updateUser(tx, user.id, { passwordHash, passwordChangedAt: clock() });
      await sessions.revokeAllForUser(tx, user.id, principal.sessionId ?? undefined);
      await audit.record(tx, auditActor(principal), unitEvent(principal, 'auth.password_changed'));
    });
  }

  /** Tokens are minted from a browser session only: a leaked token must not mint successors that outlive its revocation. */
  async function createToken(principal: Principal, input: { name: string; expiresInDays: number }) {
    if (principal.via !== 'session') throw sessionRequired();
    return db.transaction(async (tx) => {
      const created = await sessions.createApiToken(tx, { userId: principal.userId, positionId: principal.position.id, ...input });
      await audit.record(tx, auditActor(principal), {
        ...unitEvent(principal, 'auth.token_created'),
        subjectType: 'api_token',
        subjectId: created.row.id,
        summary: { name: input.name, expiresAt: created.row.expiresAt.toISOString() },
      });
      return { ...toApiToken(created.row), token: created.token };
    });
  }

  async function listTokens(principal: Principal) {
    return (await sessions.listApiTokens(db, principal.userId)).map(toApiToken);
  }

  async function revokeToken(principal: Principal, tokenId: string): Promise<void> {
    await db.transaction(async (tx) => {
      if ((await sessions.revokeApiTokens(tx, principal.userId, tokenId)) === 0) throw tokenNotFound();
      await audit.record(tx, auditActor(principal), { ...unitEvent(principal, 'auth.token_revoked'), subjectType: 'api_token', subjectId: tokenId });
    });
  }

  return { login, me, logout, logoutEverywhere, switchPosition, changePassword, createToken, listTokens, revokeToken };
}

function unitEvent(principal: Principal, action: 'auth.logout' | 'auth.logout_all' | 'auth.password_changed' | 'auth.position_switched' | 'auth.token_created' | 'auth.token_revoked') {
  return {
    action,
    subjectType: 'user',
    subjectId: principal.userId,
    unitId: principal.position.unitId,
    unitPath: principal.position.unitPath,
  };
}

function toApiToken(row: typeof apiTokens.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    positionId: row.positionId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
