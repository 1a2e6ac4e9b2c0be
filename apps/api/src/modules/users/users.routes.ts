import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePositionBodySchema,
  CreateUserBodySchema,
  ListUsersQuerySchema,
  PasswordSchema,
  UpdateUserBodySchema,
  UserPageSchema,
  UserSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { UsersService } from './users.service.js';

const IdParams = z.object({ id: z.uuid() });

export function usersRoutes(users: UsersService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users',
      {
        schema: { tags: ['users'], querystring: ListUsersQuerySchema, response: { 200: UserPageSchema } },
        config: { access: { permission: 'users:read' } },
      },
      async (req) => users.list(requirePrincipal(req.principal), req.query),
    );

    app.get(
      '/users/:id',
      {
        schema: { tags: ['users'], params: IdParams, response: { 200: UserSchema } },
        config: { access: { permission: 'users:read' } },
      },
      async (req) => users.get(requirePrincipal(req.principal), req.params.id),
    );

    app.post(
      '/users',
      {
        schema: { tags: ['users'], body: CreateUserBodySchema, response: { 201: UserSchema } },
        config: { access: { permission: 'users:manage' } },
      },
      async (req, reply) => reply.code(201).send(await users.create(requirePrincipal(req.principal), req.body)),
    );

    app.patch(
      '/users/:id',
      {
        schema: { tags: ['users'], params: IdParams, body: UpdateUserBodySchema, response: { 200: UserSchema } },
        config: { access: { permission: 'users:manage' } },
      },
      async (req) => users.update(requirePrincipal(req.principal), req.params.id, req.body),
    );

    app.post(
      '/users/:id/positions',
      {
        schema: { tags: ['users'], params: IdParams, body: CreatePositionBodySchema, response: { 201: UserSchema } },
        config: { access: { permission: 'users:manage' } },
      },
      async (req, reply) =>
        reply.code(201).send(await users.addPosition(requirePrincipal(req.principal), req.params.id, req.body)),
    );

    app.delete(
      '/users/:id/positions/:positionId',
      {
        schema: {
          tags: ['users'],
          params: z.object({ id: z.uuid(), positionId: z.uuid() }),
          response: { 200: UserSchema },
        },
        config: { access: { permission: 'users:manage' } },
      },
      async (req) => users.endPosition(requirePrincipal(req.principal), req.params.id, req.params.positionId),
    );

    app.post(
      '/users/:id/password',
      {
        schema: {
          tags: ['users'],
          params: IdParams,
          body: z.object({ password: PasswordSchema }).strict(),
          response: { 204: z.null() },
        },
        config: { access: { permission: 'users:manage' } },
      },
      async (req, reply) => {
        await users.resetPassword(requirePrincipal(req.principal), req.params.id, req.body.password);
        return reply.code(204).send(null);
      },
    );
  };
}
