import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatePayoutBodySchema, ListPremiQuerySchema, PayoutSchema, PremiLedgerSchema, PremiListSchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { PremiService } from './premi.service.js';

const InmateParams = z.object({ inmateId: z.uuid() });
const tags = ['premi'];

export function premiRoutes(premi: PremiService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/premi', { schema: { tags, querystring: ListPremiQuerySchema, response: { 200: PremiListSchema } }, config: { access: { permission: 'products:read' } } }, async (req) =>
      premi.list(requirePrincipal(req.principal), req.query),
    );
    app.get(
      '/premi/:inmateId',
      { schema: { tags, params: InmateParams, response: { 200: PremiLedgerSchema } }, config: { access: { permission: 'products:read' } } },
      async (req) => premi.ledger(requirePrincipal(req.principal), req.params.inmateId),
    );
    app.post(
      '/premi/:inmateId/payouts',
      { schema: { tags, params: InmateParams, body: CreatePayoutBodySchema, response: { 201: PayoutSchema } }, config: { access: { permission: 'cooperative:manage' } } },
      async (req, reply) => reply.code(201).send(await premi.payout(requirePrincipal(req.principal), req.params.inmateId, req.body)),
    );
  };
}
