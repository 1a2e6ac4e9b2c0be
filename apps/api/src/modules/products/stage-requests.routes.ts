import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateStageRequestBodySchema,
  ListStageRequestsQuerySchema,
  ReturnStageRequestBodySchema,
  StageRequestPageSchema,
  StageRequestSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { ProductsModule } from './products.module.js';

const IdParams = z.object({ id: z.uuid() });
const tags = ['products'];
// Approval also needs a unit strictly above the product's unit; the service answers 403 otherwise.
const read = { access: { permission: 'products:read' } } as const;
const manage = { access: { permission: 'products:manage' } } as const;
const approve = { access: { permission: 'products:approve' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function stageRequestsRoutes(m: ProductsModule): FastifyPluginAsyncZod {
  const s = m.stageRequests;
  return async (app) => {
    app.post(
      '/products/:id/stage-requests',
      {
        schema: { tags, params: IdParams, body: CreateStageRequestBodySchema, response: { 201: StageRequestSchema } },
        config: manage,
      },
      async (req, reply) => reply.code(201).send(await s.requestAdvance(who(req), req.params.id, req.body)),
    );
    app.get(
      '/stage-requests',
      {
        schema: { tags, querystring: ListStageRequestsQuerySchema, response: { 200: StageRequestPageSchema } },
        config: read,
      },
      async (req) => s.listRequests(who(req), req.query),
    );
    app.post(
      '/stage-requests/:id/approve',
      { schema: { tags, params: IdParams, response: { 200: StageRequestSchema } }, config: approve },
      async (req) => s.approve(who(req), req.params.id),
    );
    app.post(
      '/stage-requests/:id/return',
      {
        schema: { tags, params: IdParams, body: ReturnStageRequestBodySchema, response: { 200: StageRequestSchema } },
        config: approve,
      },
      async (req) => s.returnRequest(who(req), req.params.id, req.body),
    );
  };
}
