import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { apiTokens, sessions } from './auth.table.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_COOKIE = 'selaras_session';

export type SessionStore = ReturnType<typeof createSessionStore>;

/** Database-backed sessions and API tokens, so any instance can serve any request. */
export function createSessionStore(deps: { secret: string; ttlHours: number; clock: () => Date }) {
  const hash = (token: string) => hashToken(deps.secret, token);

  async function create(db: Db, input: { userId: string; positionId: string; ip: string; userAgent: string | null }) {
    const token = newToken('sls');
    const csrfToken = newToken('csrf');
    const expiresAt = new Date(deps.clock().getTime() + deps.ttlHours * 3_600_000);
    const [row] = await db
      .insert(sessions)
      .values({ tokenHash: hash(token), csrfToken, expiresAt, ...input })
      .returning({ id: sessions.id });
    if (!row) throw new Error('session insert returned nothing');
    return { id: row.id, token, csrfToken, expiresAt };
  }

  async function findByToken(db: Db, token: string) {
    const [row] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.tokenHash, hash(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, deps.clock())));
    return row ?? null;
  }

  async function findById(db: Db, sessionId: string) {
    const [row] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
    return row ?? null;
  }

  async function touch(db: Db, sessionId: string) {
    await db.update(sessions).set({ lastSeenAt: deps.clock() }).where(eq(sessions.id, sessionId));
  }

  async function setPosition(db: Db, sessionId: string, positionId: string) {
    await db.update(sessions).set({ positionId }).where(eq(sessions.id, sessionId));
  }

  async function revoke(db: Db, sessionId: string) {
    await db.update(sessions).set({ revokedAt: deps.clock() }).where(eq(sessions.id, sessionId));
  }

  /** Ends every session of a user, optionally keeping one. */
  async function revokeAllForUser(db: Db, userId: string, keepSessionId?: string) {
    const now = deps.clock();
    const open = and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
    await db
      .update(sessions)
      .set({ revokedAt: now })
      .where(keepSessionId ? and(open, ne(sessions.id, keepSessionId)) : open);
  }

  /** Ends every session and every API token of a user: nothing signed in as them survives. */
  async function signOutEverywhere(db: Db, userId: string) {
    await revokeAllForUser(db, userId);
    await revokeApiTokens(db, userId);
  }

  async function createApiToken(db: Db, input: { userId: string; positionId: string; name: string; expiresInDays: number }) {
    const token = newToken('slr');
    const expiresAt = new Date(deps.clock().getTime() + input.expiresInDays * 86_400_000);
    const [row] = await db
      .insert(apiTokens)
      .values({ tokenHash: hash(token), userId: input.userId, positionId: input.positionId, name: input.name, expiresAt })
      .returning();
    if (!row) throw new Error('token insert returned nothing');
    return { row, token };
  }

  async function findApiToken(db: Db, token: string) {
    const [row] = await db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.tokenHash, hash(token)), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, deps.clock())));
    return row ?? null;
  }

  async function touchApiToken(db: Db, tokenId: string) {
    await db.update(apiTokens).set({ lastUsedAt: deps.clock() }).where(eq(apiTokens.id, tokenId));
  }

  async function listApiTokens(db: Db, userId: string) {
    return db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, deps.clock())))
      .orderBy(desc(apiTokens.createdAt));
  }

  /** Revokes one of the user's tokens, or all of them when no id is given; returns how many. */
  async function revokeApiTokens(db: Db, userId: string, tokenId?: string): Promise<number> {
    const rows = await db
      .update(apiTokens)
      .set({ revokedAt: deps.clock() })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), tokenId ? eq(apiTokens.id, tokenId) : undefined))
      .returning({ id: apiTokens.id });
    return rows.length;
  }

  return {
    create,
    findByToken,
    findById,
    touch,
    setPosition,
    revoke,
    revokeAllForUser,
    createApiToken,
    findApiToken,
    touchApiToken,
    listApiTokens,
    revokeApiTokens,
    signOutEverywhere,
  };
}
