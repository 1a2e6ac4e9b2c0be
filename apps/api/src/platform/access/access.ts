import type { FastifyInstance } from 'fastify';
import type { Permission } from '@selaras/contracts';
import { forbidden, unauthenticated } from '../http/errors.js';
import { can, type Principal } from '../auth/principal.js';
import { safeEqual } from '../auth/tokens.js';
import { AppError } from '../http/errors.js';

/** Every route says who may call it; the server refuses to start when one does not. */
export type RouteAccess = { public: true } | { authenticated: true } | { permission: Permission };

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class MissingRouteAccessError extends Error {}

export type DeclaredRoute = { method: string; url: string; access: RouteAccess };

/** Returns the live list of declared routes (tests walk it to check every route's access). */
export function registerAccessControl(app: FastifyInstance): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.config?.access) {
      const access = route.config.access;
      for (const method of methods) if (method !== 'HEAD') declared.push({ method, url: route.url, access });
      return;
    }
    // Routes that plugins add (API docs) are public reading material.
    if (route.url.startsWith('/api/docs')) {
      route.config = { ...route.config, access: { public: true } };
      return;
    }
    throw new MissingRouteAccessError(`Route ${methods.join(',')} ${route.url} declares no access (config.access)`);
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return;
    const principal = request.principal;
    if (!principal) throw unauthenticated();
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !principal.csrfToken || !safeEqual(sent, principal.csrfToken)) {
        throw new AppError({
          code: 'auth.csrf_failed',
          status: 403,
          title: 'Token CSRF tidak valid',
          detail: 'Permintaan ini memerlukan header X-CSRF-Token yang sah. Muat ulang halaman lalu coba lagi.',
        });
      }
    }
    if ('permission' in access && !can(principal, access.permission)) throw forbidden();
  });
  return declared;
}

/** The principal of a route that declared non-public access (the hook above guarantees it). */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw unauthenticated();
  return principal;
}
