import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ListOrderRequestsQuerySchema, OrderRequestListSchema, OrderRequestSchema, UpdateOrderRequestBodySchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { OrderRequestsService } from './order-requests.service.js';

const tags = ['cooperative'];
const manage = { access: { permission: 'cooperative:manage' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function orderRequestsRoutes(s: OrderRequestsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/order-requests',
      { schema: { tags, description: "Order requests from the public catalogue in the caller's scope, newest first, with the buyer's contact.", querystring: ListOrderRequestsQuerySchema, response: { 200: OrderRequestListSchema } }, config: manage },
      async (req) => s.list(who(req), req.query),
    );
    app.patch(
      '/order-requests/:id',
      { schema: { tags, params: z.object({ id: z.uuid() }), body: UpdateOrderRequestBodySchema, response: { 200: OrderRequestSchema } }, config: manage },
      async (req) => s.update(who(req), req.params.id, req.body),
    );
  };
}
