import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BatchDetailSchema, BatchListSchema, CreateBatchBodySchema, GetWithNamesQuerySchema, ListBatchesQuerySchema, ProductionOptionsSchema, SaleOptionsQuerySchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { BatchesService } from './batches.service.js';

const IdParams = z.object({ id: z.uuid() });
const tags = ['production'];

export function batchesRoutes(batches: BatchesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/production-batches',
      { schema: { tags, querystring: ListBatchesQuerySchema, response: { 200: BatchListSchema } }, config: { access: { permission: 'products:read' } } },
      async (req) => batches.list(requirePrincipal(req.principal), req.query),
    );
    app.get(
      '/production-batches/:id',
      {
        schema: { tags, params: IdParams, querystring: GetWithNamesQuerySchema, response: { 200: BatchDetailSchema } },
        config: { access: { permission: 'products:read' } },
      },
      async (req) => batches.get(requirePrincipal(req.principal), req.params.id, req.query),
    );
    app.get(
      '/production-options',
      { schema: { tags, querystring: SaleOptionsQuerySchema, response: { 200: ProductionOptionsSchema } }, config: { access: { permission: 'products:manage' } } },
      async (req) => batches.options(requirePrincipal(req.principal), req.query.unitId),
    );
    app.post(
      '/production-batches',
      { schema: { tags, body: CreateBatchBodySchema, response: { 201: BatchDetailSchema } }, config: { access: { permission: 'products:manage' } } },
      async (req, reply) => reply.code(201).send(await batches.create(requirePrincipal(req.principal), req.body)),
    );
  };
}
