import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProgrammeFiguresQuerySchema, ProgrammeFiguresSchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { ProgrammeFiguresService } from './figures.service.js';

export function programmeFiguresRoutes(service: ProgrammeFiguresService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/programme-figures',
      {
        schema: {
          tags: ['programmes'],
          description:
            "Participation in rehabilitation programmes for a month (default: this month in WIB) over the caller's subtree or a unit's inside it: population, participants, participation rate, hours and hours per inmate, by sex, track and category, per Kanwil (HQ) or UPT. Counts only, never names.",
          querystring: ProgrammeFiguresQuerySchema,
          response: { 200: ProgrammeFiguresSchema },
        },
        config: { access: { permission: 'programmes:read' } },
      },
      async (req) => service.figures(requirePrincipal(req.principal), req.query),
    );
  };
}
