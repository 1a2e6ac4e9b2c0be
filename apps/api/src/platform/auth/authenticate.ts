import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.js';
import type { Principal } from './principal.js';
import { SESSION_COOKIE, type SessionStore } from './sessions.js';

export type LoadedPrincipal = Omit<Principal, 'via' | 'sessionId' | 'csrfToken' | 'requestId'>;
export type PrincipalLoader = (db: Db, userId: string, positionId: string) => Promise<LoadedPrincipal | null>;

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyRequest {
    principal: Principal | null;
  }
}

// Writing last-seen on every request would turn each read into a write.
const TOUCH_INTERVAL_MS = 60_000;

/** Resolves the caller from a bearer API token or the session cookie; leaves `principal` null otherwise. */
export function registerAuthentication(
  app: FastifyInstance,
  deps: { db: Db; sessions: SessionStore; loadPrincipal: PrincipalLoader; clock: () => Date },
): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    // Public routes (health checks, sign-in, the web app's files) do not need to know the caller.
    const access = request.routeOptions.config.access;
    if (access && 'public' in access) return;
    const authorization = request.headers.authorization;
    if (authorization?.toLowerCase().startsWith('bearer ')) {
      const token = await deps.sessions.findApiToken(deps.db, authorization.slice(7).trim());
      if (!token) return;
      const loaded = await deps.loadPrincipal(deps.db, token.userId, token.positionId);
      if (!loaded) return;
      if (!token.lastUsedAt || deps.clock().getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
        await deps.sessions.touchApiToken(deps.db, token.id);
      }
      request.principal = { ...loaded, via: 'token', sessionId: null, csrfToken: null, requestId: request.id };
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await deps.sessions.findByToken(deps.db, cookie);
    if (!session) return;
    const loaded = await deps.loadPrincipal(deps.db, session.userId, session.positionId);
    if (!loaded) return;
    if (deps.clock().getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await deps.sessions.touch(deps.db, session.id);
    }
    request.principal = {
      ...loaded,
      via: 'session',
      sessionId: session.id,
      csrfToken: session.csrfToken,
      requestId: request.id,
    };
  });
}
