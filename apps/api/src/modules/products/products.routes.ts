import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePermitBodySchema,
  CreateProductBodySchema,
  ListProductsQuerySchema,
  PermitSchema,
  ProductPageSchema,
  ProductSchema,
  UpdatePermitBodySchema,
  UpdateProductBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { ProductsModule } from './products.module.js';

const IdParams = z.object({ id: z.uuid() });
const PermitParams = IdParams.extend({ permitId: z.uuid() });
const tags = ['products'];
// The services check scope (out of scope is 404), state (409) and who may manage (403) after these.
const read = { access: { permission: 'products:read' } } as const;
const manage = { access: { permission: 'products:manage' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function productsRoutes(m: ProductsModule): FastifyPluginAsyncZod {
  const { products: s, permits } = m;
  return async (app) => {
    app.get(
      '/products',
      { schema: { tags, querystring: ListProductsQuerySchema, response: { 200: ProductPageSchema } }, config: read },
      async (req) => s.list(who(req), req.query),
    );
    app.get(
      '/products/:id',
      { schema: { tags, params: IdParams, response: { 200: ProductSchema } }, config: read },
      async (req) => s.get(who(req), req.params.id),
    );
    app.post(
      '/products',
      { schema: { tags, body: CreateProductBodySchema, response: { 201: ProductSchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await s.create(who(req), req.body)),
    );
    app.patch(
      '/products/:id',
      {
        schema: { tags, params: IdParams, body: UpdateProductBodySchema, response: { 200: ProductSchema } },
        config: manage,
      },
      async (req) => s.update(who(req), req.params.id, req.body),
    );
    app.post(
      '/products/:id/permits',
      {
        schema: { tags, params: IdParams, body: CreatePermitBodySchema, response: { 201: PermitSchema } },
        config: manage,
      },
      async (req, reply) => reply.code(201).send(await permits.addPermit(who(req), req.params.id, req.body)),
    );
    app.patch(
      '/products/:id/permits/:permitId',
      {
        schema: { tags, params: PermitParams, body: UpdatePermitBodySchema, response: { 200: PermitSchema } },
        config: manage,
      },
      async (req) => permits.updatePermit(who(req), req.params.id, req.params.permitId, req.body),
    );
    app.delete(
      '/products/:id/permits/:permitId',
      { schema: { tags, params: PermitParams }, config: manage },
      async (req, reply) => {
        await permits.removePermit(who(req), req.params.id, req.params.permitId);
        return reply.code(204).send();
      },
    );
  };
}
