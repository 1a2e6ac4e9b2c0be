import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PutTargetBodySchema, RealisationQuerySchema, RealisationSchema, TargetParamsSchema, TargetSchema } from '@selaras/contracts';
import type { CooperativeModule } from './cooperative.module.js';
import { read, who } from './cooperative.routes.js';

const tags = ['cooperative'];

export function targetsRoutes(m: CooperativeModule): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/units/:unitId/targets/:year',
      { schema: { tags, params: TargetParamsSchema, body: PutTargetBodySchema, response: { 200: TargetSchema } }, config: { access: { permission: 'sales:targets' } } },
      async (req) => m.targets.set(who(req), req.params.unitId, req.params.year, req.body),
    );
    app.get(
      '/sales-realisation',
      { schema: { tags, description: 'Sales and PNBP against targets per UPT, or per Kanwil for HQ.', querystring: RealisationQuerySchema, response: { 200: RealisationSchema } }, config: read },
      async (req) => m.targets.realisation(who(req), req.query),
    );
  };
}
