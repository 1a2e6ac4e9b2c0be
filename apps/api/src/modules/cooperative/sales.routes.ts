import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSaleBodySchema,
  CreateSplitRuleBodySchema,
  ListSalesQuerySchema,
  SaleListSchema,
  SaleOptionsQuerySchema,
  SaleOptionsSchema,
  SaleSchema,
  SplitRuleHistorySchema,
  SplitRuleSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { SalesService } from './sales.service.js';
import type { SplitRulesService } from './split-rules.service.js';

const IdParams = z.object({ id: z.uuid() });
const tags = ['sales'];
const read = { access: { permission: 'products:read' } } as const;
const manage = { access: { permission: 'cooperative:manage' } } as const;

export function salesRoutes(sales: SalesService, rules: SplitRulesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/proceeds-split-rules', { schema: { tags, response: { 200: SplitRuleHistorySchema } }, config: read }, async (req) =>
      rules.history(requirePrincipal(req.principal)),
    );
    app.post(
      '/proceeds-split-rules',
      { schema: { tags, body: CreateSplitRuleBodySchema, response: { 201: SplitRuleSchema } }, config: { access: { permission: 'sales:configure' } } },
      async (req, reply) => reply.code(201).send(await rules.create(requirePrincipal(req.principal), req.body)),
    );
    app.post(
      '/sales',
      {
        schema: {
          tags,
          description: 'The same clientId (or Idempotency-Key) again returns the sale already recorded, with 200.',
          body: CreateSaleBodySchema,
          response: { 200: SaleSchema, 201: SaleSchema },
        },
        config: manage,
      },
      async (req, reply) => {
        const { sale, created } = await sales.record(requirePrincipal(req.principal), req.body);
        return reply.code(created ? 201 : 200).send(sale);
      },
    );
    app.get('/sales', { schema: { tags, querystring: ListSalesQuerySchema, response: { 200: SaleListSchema } }, config: read }, async (req) =>
      sales.list(requirePrincipal(req.principal), req.query),
    );
    app.get('/sales/:id', { schema: { tags, params: IdParams, response: { 200: SaleSchema } }, config: read }, async (req) =>
      sales.get(requirePrincipal(req.principal), req.params.id),
    );
    app.get('/sale-options', { schema: { tags, querystring: SaleOptionsQuerySchema, response: { 200: SaleOptionsSchema } }, config: manage }, async (req) =>
      sales.options(requirePrincipal(req.principal), req.query),
    );
  };
}
