import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CooperativeListSchema,
  CooperativeRowSchema,
  ParentQuerySchema,
  PreorderComplianceSchema,
  PreorderHistorySchema,
  PreorderParamsSchema,
  PreorderWeekSchema,
  PreorderWeeksQuerySchema,
  PutCooperativeBodySchema,
  PutPreorderBodySchema,
  UnitParamsSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { CooperativeModule } from './cooperative.module.js';
import { pricesRoutes } from './prices.routes.js';
import { depositsRoutes } from './deposits.routes.js';
import { targetsRoutes } from './targets.routes.js';
import { productFiguresRoutes } from './product-figures.routes.js';

const tags = ['cooperative'];
// The services check scope (a UPT outside the caller's subtree is 404) and week and date rules after these.
export const read = { access: { permission: 'products:read' } } as const;
export const manage = { access: { permission: 'cooperative:manage' } } as const;
export const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function cooperativeRoutes(m: CooperativeModule): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/cooperatives',
      { schema: { tags, description: "Each UPT of the caller's subtree (or of parentId's): cooperative registration, this and next week's PO, on-time weeks of the last 8.", querystring: ParentQuerySchema, response: { 200: CooperativeListSchema } }, config: read },
      async (req) => m.cooperatives.list(who(req), req.query.parentId),
    );
    app.put(
      '/units/:unitId/cooperative',
      { schema: { tags, params: UnitParamsSchema, body: PutCooperativeBodySchema, response: { 200: CooperativeRowSchema } }, config: manage },
      async (req) => m.cooperatives.save(who(req), req.params.unitId, req.body),
    );
    app.get(
      '/units/:unitId/preorders',
      { schema: { tags, params: UnitParamsSchema, querystring: PreorderWeeksQuerySchema, response: { 200: PreorderHistorySchema } }, config: read },
      async (req) => m.preorders.history(who(req), req.params.unitId, req.query.weeks),
    );
    app.put(
      '/units/:unitId/preorders/:weekStart',
      { schema: { tags, params: PreorderParamsSchema, body: PutPreorderBodySchema, response: { 200: PreorderWeekSchema } }, config: manage },
      async (req) => m.preorders.submit(who(req), req.params.unitId, req.params.weekStart, req.body),
    );
    app.get(
      '/preorder-compliance',
      { schema: { tags, querystring: ParentQuerySchema, response: { 200: PreorderComplianceSchema } }, config: read },
      async (req) => m.cooperatives.compliance(who(req), req.query.parentId),
    );
    await app.register(pricesRoutes(m));
    await app.register(depositsRoutes(m));
    await app.register(targetsRoutes(m));
    await app.register(productFiguresRoutes(m));
  };
}
