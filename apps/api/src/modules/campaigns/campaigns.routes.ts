import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AllocationsQuerySchema,
  AllocationsSchema,
  AttachPhotoBodySchema,
  CampaignCheckInBodySchema,
  CampaignListSchema,
  CampaignPhotoSchema,
  CampaignSchema,
  CreateCampaignBodySchema,
  CreateSiteBodySchema,
  ListSitesQuerySchema,
  QueueSchema,
  ReadinessBoardQuerySchema,
  ReadinessBoardSchema,
  ReadinessStageSchema,
  ReportSchema,
  SaveAllocationsBodySchema,
  SaveReadinessBodySchema,
  SiteCheckBodySchema,
  SiteCheckSchema,
  SiteListSchema,
  SiteResultsBodySchema,
  SiteSchema,
  SubmitCampaignReportBodySchema,
  UnitReadinessSchema,
  UpdateCampaignBodySchema,
  UpdatePhotoBodySchema,
  UpdateSiteBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { CampaignsModule } from './campaigns.module.js';

const IdParams = z.object({ id: z.uuid() });
const SiteParams = IdParams.extend({ siteId: z.uuid() });
const PhotoParams = IdParams.extend({ photoId: z.uuid() });
const tags = ['campaigns'];
const read = { access: { permission: 'directives:read' } } as const;
const manage = { access: { permission: 'campaigns:manage' } } as const;
const allocate = { access: { permission: 'campaigns:allocate' } } as const;
const unitWork = { access: { permission: 'reports:submit' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function campaignsRoutes(m: CampaignsModule): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/campaigns', { schema: { tags, response: { 200: CampaignListSchema } }, config: read }, async (req) => m.campaigns.list(who(req)));
    app.post('/campaigns', { schema: { tags, body: CreateCampaignBodySchema, response: { 201: CampaignSchema } }, config: manage }, async (req, reply) =>
      reply.code(201).send(await m.campaigns.create(who(req), req.body)),
    );
    app.get('/campaigns/:id', { schema: { tags, params: IdParams, response: { 200: CampaignSchema } }, config: read }, async (req) =>
      m.campaigns.get(who(req), req.params.id),
    );
    app.patch('/campaigns/:id', { schema: { tags, params: IdParams, body: UpdateCampaignBodySchema, response: { 200: CampaignSchema } }, config: manage }, async (req) =>
      m.campaigns.update(who(req), req.params.id, req.body),
    );

    app.get(
      '/campaigns/:id/allocations',
      { schema: { tags, params: IdParams, querystring: AllocationsQuerySchema, response: { 200: AllocationsSchema } }, config: read },
      async (req) => m.allocations.get(who(req), req.params.id, req.query.parentId),
    );
    app.put(
      '/campaigns/:id/allocations',
      { schema: { tags, params: IdParams, body: SaveAllocationsBodySchema, response: { 200: AllocationsSchema } }, config: allocate },
      async (req) => m.allocations.save(who(req), req.params.id, req.body),
    );

    app.get('/campaigns/:id/sites', { schema: { tags, params: IdParams, querystring: ListSitesQuerySchema, response: { 200: SiteListSchema } }, config: read }, async (req) =>
      m.sites.list(who(req), req.params.id, req.query.unitId),
    );
    app.post('/campaigns/:id/sites', { schema: { tags, params: IdParams, body: CreateSiteBodySchema, response: { 201: SiteSchema } }, config: unitWork }, async (req, reply) =>
      reply.code(201).send(await m.sites.create(who(req), req.params.id, req.body)),
    );
    app.patch(
      '/campaigns/:id/sites/:siteId',
      { schema: { tags, params: SiteParams, body: UpdateSiteBodySchema, response: { 200: SiteSchema } }, config: unitWork },
      async (req) => m.sites.update(who(req), req.params.id, req.params.siteId, req.body),
    );
    app.delete('/campaigns/:id/sites/:siteId', { schema: { tags, params: SiteParams, response: { 204: z.null() } }, config: unitWork }, async (req, reply) => {
      await m.sites.remove(who(req), req.params.id, req.params.siteId);
      return reply.code(204).send(null);
    });
    app.put(
      '/campaigns/:id/sites/:siteId/results',
      { schema: { tags, params: SiteParams, body: SiteResultsBodySchema, response: { 200: SiteSchema } }, config: unitWork },
      async (req) => m.sites.saveResults(who(req), req.params.id, req.params.siteId, req.body.values),
    );
    app.post(
      '/campaigns/:id/sites/:siteId/photos',
      { schema: { tags, params: SiteParams, body: AttachPhotoBodySchema, response: { 201: CampaignPhotoSchema } }, config: unitWork },
      async (req, reply) => reply.code(201).send(await m.sites.attachPhoto(who(req), req.params.id, req.params.siteId, req.body)),
    );
    app.patch(
      '/campaigns/:id/photos/:photoId',
      { schema: { tags, params: PhotoParams, body: UpdatePhotoBodySchema, response: { 200: CampaignPhotoSchema } }, config: unitWork },
      async (req) => m.sites.updatePhoto(who(req), req.params.id, req.params.photoId, req.body.showsFaces),
    );
    app.delete('/campaigns/:id/photos/:photoId', { schema: { tags, params: PhotoParams, response: { 204: z.null() } }, config: unitWork }, async (req, reply) => {
      await m.sites.removePhoto(who(req), req.params.id, req.params.photoId);
      return reply.code(204).send(null);
    });
    app.put(
      '/campaigns/:id/sites/:siteId/checks/:window',
      { schema: { tags, params: SiteParams.extend({ window: z.coerce.number().int().min(1).max(6) }), body: SiteCheckBodySchema, response: { 200: SiteCheckSchema } }, config: unitWork },
      async (req) => m.reports.saveCheck(who(req), req.params.id, req.params.siteId, req.params.window, req.body),
    );

    app.get(
      '/campaigns/:id/readiness',
      { schema: { tags, params: IdParams, querystring: z.object({ unitId: z.uuid().optional() }).strict(), response: { 200: UnitReadinessSchema } }, config: read },
      async (req) => m.readiness.get(who(req), req.params.id, req.query.unitId),
    );
    app.put(
      '/campaigns/:id/readiness/:stage',
      { schema: { tags, params: IdParams.extend({ stage: ReadinessStageSchema }), body: SaveReadinessBodySchema, response: { 200: UnitReadinessSchema } }, config: unitWork },
      async (req) => m.readiness.save(who(req), req.params.id, req.params.stage, req.body),
    );
    app.post(
      '/campaigns/:id/check-ins',
      { schema: { tags, params: IdParams, body: CampaignCheckInBodySchema, response: { 200: UnitReadinessSchema } }, config: unitWork },
      async (req) => m.readiness.checkIn(who(req), req.params.id, req.body),
    );
    app.get(
      '/campaigns/:id/readiness-board',
      { schema: { tags, params: IdParams, querystring: ReadinessBoardQuerySchema, response: { 200: ReadinessBoardSchema } }, config: read },
      async (req) => m.readiness.board(who(req), req.params.id, req.query.parentId),
    );

    app.post(
      '/campaigns/:id/reports',
      { schema: { tags, params: IdParams, body: SubmitCampaignReportBodySchema, response: { 201: ReportSchema } }, config: unitWork },
      async (req, reply) => reply.code(201).send(await m.reports.submit(who(req), req.params.id, req.body)),
    );
    app.get('/campaigns/:id/queue', { schema: { tags, params: IdParams, response: { 200: QueueSchema } }, config: { access: { permission: 'reports:verify' } } }, async (req) =>
      m.reports.queue(who(req), req.params.id),
    );
  };
}
