import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiTokenSchema,
  ChangePasswordBodySchema,
  CreateApiTokenBodySchema,
  CreatedApiTokenSchema,
  LoginBodySchema,
  MeSchema,
  SwitchPositionBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import { SESSION_COOKIE } from '../../platform/auth/sessions.js';
import type { AuthService } from './auth.service.js';

export function authRoutes(auth: AuthService, opts: { secureCookies: boolean; loginRateLimitPerMinute: number }): FastifyPluginAsyncZod {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: opts.secureCookies };

  return async (app) => {
    app.post(
      '/auth/login',
      {
        schema: { tags: ['auth'], body: LoginBodySchema, response: { 200: MeSchema } },
        config: { access: { public: true }, rateLimit: { max: opts.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (req, reply) => {
        const result = await auth.login(req.body, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          requestId: req.id,
        });
        reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, expires: result.expiresAt });
        return result.me;
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], response: { 204: z.null() } }, config: { access: { authenticated: true } } },
      async (req, reply) => {
        await auth.logout(requirePrincipal(req.principal));
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/auth/logout-all',
      { schema: { tags: ['auth'], response: { 204: z.null() } }, config: { access: { authenticated: true } } },
      async (req, reply) => {
        await auth.logoutEverywhere(requirePrincipal(req.principal));
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me',
      { schema: { tags: ['auth'], response: { 200: MeSchema } }, config: { access: { authenticated: true } } },
      async (req) => auth.me(requirePrincipal(req.principal)),
    );

    app.post(
      '/me/position',
      {
        schema: { tags: ['auth'], body: SwitchPositionBodySchema, response: { 200: MeSchema } },
        config: { access: { authenticated: true } },
      },
      async (req) => auth.switchPosition(requirePrincipal(req.principal), req.body.positionId),
    );

    app.post(
      '/me/password',
      {
        schema: { tags: ['auth'], body: ChangePasswordBodySchema, response: { 204: z.null() } },
        config: { access: { authenticated: true } },
      },
      async (req, reply) => {
        await auth.changePassword(requirePrincipal(req.principal), req.body);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me/tokens',
      { schema: { tags: ['auth'], response: { 200: z.array(ApiTokenSchema) } }, config: { access: { permission: 'tokens:manage' } } },
      async (req) => auth.listTokens(requirePrincipal(req.principal)),
    );

    app.post(
      '/me/tokens',
      {
        schema: { tags: ['auth'], body: CreateApiTokenBodySchema, response: { 201: CreatedApiTokenSchema } },
        config: { access: { permission: 'tokens:manage' } },
      },
      async (req, reply) => reply.code(201).send(await auth.createToken(requirePrincipal(req.principal), req.body)),
    );

    app.delete(
      '/me/tokens/:id',
      {
        schema: { tags: ['auth'], params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
        config: { access: { permission: 'tokens:manage' } },
      },
      async (req, reply) => {
        await auth.revokeToken(requirePrincipal(req.principal), req.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
