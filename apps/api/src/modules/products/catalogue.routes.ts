import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CatalogueItemSchema, CataloguePageSchema, CatalogueQuerySchema, CreateOrderRequestBodySchema, OrderRequestReceiptSchema } from '@selaras/contracts';
import type { CatalogueService } from './catalogue.service.js';

const open = { access: { public: true } } as const;
const tags = ['public'];
const params = z.object({ id: z.uuid() });

/** The public catalogue, without sign-in; order requests are limited per address like sign-in attempts. */
export function catalogueRoutes(s: CatalogueService, opts: { orderRateLimitPerMinute: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/catalogue',
      {
        schema: {
          tags,
          description: 'Market-ready and flagship products of every unit (category, kanwilId, q, page); nothing about people.',
          querystring: CatalogueQuerySchema,
          response: { 200: CataloguePageSchema },
        },
        config: open,
      },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return s.list(req.query);
      },
    );
    app.get(
      '/public/catalogue/:id',
      { schema: { tags, description: 'One product of the catalogue; 404 when it is not (or no longer) in it.', params, response: { 200: CatalogueItemSchema } }, config: open },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return s.get(req.params.id);
      },
    );
    app.get(
      '/public/catalogue/:id/photos/:index',
      {
        schema: {
          tags,
          description: "A photo of a catalogue product as JPEG without metadata (no GPS, time or device); index 0 is the cover.",
          params: params.extend({ index: z.coerce.number().int().min(0).max(50) }),
        },
        config: open,
      },
      async (req, reply) => {
        const bytes = await s.photo(req.params.id, req.params.index);
        return reply.header('content-type', 'image/jpeg').header('cache-control', 'public, max-age=3600').send(bytes);
      },
    );
    app.post(
      '/public/catalogue/:id/order-requests',
      {
        schema: {
          tags,
          description: "A buyer's order request: it reaches the unit's cooperative, which contacts the buyer. The honeypot field `website` must stay empty.",
          params,
          body: CreateOrderRequestBodySchema,
          response: { 201: OrderRequestReceiptSchema },
        },
        config: { ...open, rateLimit: { max: opts.orderRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (req, reply) => reply.code(201).send(await s.requestOrder(req.params.id, req.body)),
    );
  };
}
