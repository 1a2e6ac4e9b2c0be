import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateDepositBodySchema, DepositListSchema, DepositSchema, UnitParamsSchema } from '@selaras/contracts';
import type { CooperativeModule } from './cooperative.module.js';
import { manage, read, who } from './cooperative.routes.js';

const tags = ['cooperative'];

export function depositsRoutes(m: CooperativeModule): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/units/:unitId/pnbp-deposits', { schema: { tags, params: UnitParamsSchema, response: { 200: DepositListSchema } }, config: read }, async (req) =>
      m.deposits.list(who(req), req.params.unitId),
    );
    app.post(
      '/units/:unitId/pnbp-deposits',
      { schema: { tags, params: UnitParamsSchema, body: CreateDepositBodySchema, response: { 201: DepositSchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await m.deposits.record(who(req), req.params.unitId, req.body)),
    );
  };
}
