import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  BoardQuerySchema,
  CampaignBoardSchema,
  CampaignExportQuerySchema,
  PublicCampaignSchema,
  SurvivalSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { Db } from '../../platform/db/index.js';
import { createCampaignBoardService } from './campaigns.board.js';
import { createCampaignSurvivalService } from './campaigns.survival.js';
import { createCampaignExportsService, type CampaignFile } from './campaigns.exports.js';
import { createPublicCampaignsService } from './campaigns.public.js';

const read = { access: { permission: 'directives:read' } } as const;
const open = { access: { public: true } } as const;
const params = z.object({ id: z.uuid() });

/** The read side of campaigns: the live board, survival, exports, and the public impact page. */
export function createCampaignReadServices(deps: {
  db: Db;
  clock: () => Date;
  publicCopy: (fileId: string) => Promise<Buffer>;
}) {
  return {
    board: createCampaignBoardService(deps),
    survival: createCampaignSurvivalService(deps),
    exports: createCampaignExportsService(deps),
    publicPage: createPublicCampaignsService(deps),
  };
}
export type CampaignReadServices = ReturnType<typeof createCampaignReadServices>;

function sendFile(reply: FastifyReply, file: CampaignFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

export function campaignReadRoutes(services: CampaignReadServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/campaigns/:id/board',
      {
        schema: {
          tags: ['campaigns'],
          description:
            "The live board over the caller's subtree, or one Kanwil in it (kanwilId): totals against the target, Kanwil ranking, site points and the units not yet reported.",
          params,
          querystring: BoardQuerySchema,
          response: { 200: CampaignBoardSchema },
        },
        config: read,
      },
      async (req) => services.board.board(requirePrincipal(req.principal), req.params.id, req.query.kanwilId),
    );

    app.get(
      '/campaigns/:id/survival',
      {
        schema: {
          tags: ['campaigns'],
          description:
            'Survival per monitoring window, national and per Kanwil: alive ÷ planted over the sites checked in the window (null when none was).',
          params,
          response: { 200: SurvivalSchema },
        },
        config: read,
      },
      async (req) => services.survival.survival(requirePrincipal(req.principal), req.params.id),
    );

    app.get(
      '/campaigns/:id/export',
      {
        schema: {
          tags: ['campaigns'],
          description:
            "The campaign per site or per unit over the caller's subtree, as XLSX or CSV. Text a spreadsheet would run as a formula gets a leading apostrophe.",
          params,
          querystring: CampaignExportQuerySchema,
        },
        config: read,
      },
      async (req, reply) =>
        sendFile(
          reply,
          await services.exports.exportCampaign(requirePrincipal(req.principal), req.params.id, req.query),
        ),
    );

    app.get(
      '/campaigns/:id/summary.pdf',
      {
        schema: {
          tags: ['campaigns'],
          description:
            "The campaign summary (totals against the target, Kanwil ranking, survival) on the caller's letterhead.",
          params,
        },
        config: read,
      },
      async (req, reply) =>
        sendFile(reply, await services.exports.summaryPdf(requirePrincipal(req.principal), req.params.id)),
    );

    app.get(
      '/public/campaigns/:id',
      {
        schema: {
          tags: ['public'],
          description:
            'The public impact page, without sign-in: 404 unless the campaign opened it. Totals over reported units, rounded site points, publishable photos; nothing personal.',
          params,
          response: { 200: PublicCampaignSchema },
        },
        config: open,
      },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return services.publicPage.page(req.params.id);
      },
    );

    app.get(
      '/public/campaigns/:id/photos/:fileId',
      {
        schema: {
          tags: ['public'],
          description:
            'A publishable photo of the campaign as JPEG without metadata (no GPS, time or device); 404 for any other file.',
          params: z.object({ id: z.uuid(), fileId: z.uuid() }),
        },
        config: open,
      },
      async (req, reply) => {
        const bytes = await services.publicPage.photo(req.params.id, req.params.fileId);
        return reply.header('content-type', 'image/jpeg').header('cache-control', 'public, max-age=3600').send(bytes);
      },
    );
  };
}
