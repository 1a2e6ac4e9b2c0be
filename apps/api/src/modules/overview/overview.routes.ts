import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OverviewQuerySchema, OverviewSchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { OverviewService } from './overview.service.js';

export function overviewRoutes(service: OverviewService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/overview',
      {
        schema: {
          tags: ['overview'],
          description:
            'Directives and follow-up of the caller\'s subtree: totals, compliance ranking, the 20 most late follow-ups and map points. ' +
            'Map colour per unit: green when ≥ 80 % of its follow-ups are reported, yellow 50–80 %, red < 50 %, grey when it has none.',
          querystring: OverviewQuerySchema,
          response: { 200: OverviewSchema },
        },
        config: { access: { permission: 'directives:read' } },
      },
      async (req) => service.get(requirePrincipal(req.principal), req.query),
    );
  };
}
