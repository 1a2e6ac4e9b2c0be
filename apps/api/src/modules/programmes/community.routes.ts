import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CommunityActivityListSchema,
  CommunityActivitySchema,
  CommunitySummaryQuerySchema,
  CommunitySummarySchema,
  CreateCommunityActivityBodySchema,
  ListCommunityActivitiesQuerySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { CommunityService } from './community.service.js';

const tags = ['programmes'];
const read = { access: { permission: 'programmes:read' } } as const;
const manage = { access: { permission: 'programmes:manage' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function communityRoutes(community: CommunityService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/community-activities',
      {
        schema: { tags, description: "Activities that reached the community in the caller's subtree (or one unit in it), newest first.", querystring: ListCommunityActivitiesQuerySchema, response: { 200: CommunityActivityListSchema } },
        config: read,
      },
      async (req) => community.list(who(req), req.query),
    );
    app.post(
      '/community-activities',
      { schema: { tags, body: CreateCommunityActivityBodySchema, response: { 201: CommunityActivitySchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await community.record(who(req), req.body)),
    );
    app.get(
      '/community-activities/summary',
      {
        schema: { tags, description: 'Totals (activities, people reached, inmate hours = inmates involved × hours, products) by kind and by Kanwil (HQ) or unit.', querystring: CommunitySummaryQuerySchema, response: { 200: CommunitySummarySchema } },
        config: read,
      },
      async (req) => community.summary(who(req), req.query),
    );
  };
}
