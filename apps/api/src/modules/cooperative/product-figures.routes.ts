import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProductFiguresQuerySchema, ProductFiguresSchema } from '@selaras/contracts';
import type { CooperativeModule } from './cooperative.module.js';
import { read, who } from './cooperative.routes.js';

export function productFiguresRoutes(m: CooperativeModule): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/product-figures',
      {
        schema: {
          tags: ['cooperative'],
          description:
            'A year of flagship products and the cooperative over the caller\'s subtree: UPTs with a market-ready product, products by stage, sales and PNBP against targets, premi credited and paid, cooperatives by status; per Kanwil (HQ) or UPT.',
          querystring: ProductFiguresQuerySchema,
          response: { 200: ProductFiguresSchema },
        },
        config: read,
      },
      async (req) => m.figures.figures(who(req), req.query),
    );
  };
}
