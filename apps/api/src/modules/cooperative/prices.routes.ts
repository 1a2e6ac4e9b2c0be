import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PriceListSchema, PutPricesBodySchema, UnitParamsSchema } from '@selaras/contracts';
import type { CooperativeModule } from './cooperative.module.js';
import { manage, read, who } from './cooperative.routes.js';

const tags = ['cooperative'];

export function pricesRoutes(m: CooperativeModule): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/units/:unitId/prices', { schema: { tags, params: UnitParamsSchema, response: { 200: PriceListSchema } }, config: read }, async (req) =>
      m.prices.get(who(req), req.params.unitId),
    );
    app.put(
      '/units/:unitId/prices',
      { schema: { tags, description: 'Replaces the displayed price list; items over 10 % above market are flagged.', params: UnitParamsSchema, body: PutPricesBodySchema, response: { 200: PriceListSchema } }, config: manage },
      async (req) => m.prices.save(who(req), req.params.unitId, req.body),
    );
  };
}
