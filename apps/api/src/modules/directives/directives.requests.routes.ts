import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignmentRequestPageSchema,
  AssignmentRequestSchema,
  BulkDecisionBodySchema,
  BulkDecisionResultSchema,
  CreateAssignmentRequestBodySchema,
  DecideAssignmentRequestBodySchema,
  ListAssignmentRequestsQuerySchema,
  PendingSummarySchema,
  ReportDraftSchema,
  SaveDraftBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { RequestsService } from './directives.requests.service.js';
import type { WorklistService } from './directives.worklist.service.js';

const IdParams = z.object({ id: z.uuid() });
const tags = ['directives'];
const submit = { access: { permission: 'reports:submit' } } as const;
const verify = { access: { permission: 'reports:verify' } } as const;
const read = { access: { permission: 'directives:read' } } as const;

/** Extension and exemption requests, report drafts, decisions in bulk and the "belum melapor" overview. */
export function requestsRoutes(requests: RequestsService, worklist: WorklistService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/assignments/:id/requests',
      {
        schema: {
          tags,
          params: IdParams,
          body: CreateAssignmentRequestBodySchema,
          response: { 201: AssignmentRequestSchema },
        },
        config: submit,
      },
      async (req, reply) =>
        reply.code(201).send(await requests.create(requirePrincipal(req.principal), req.params.id, req.body)),
    );

    app.get(
      '/assignment-requests',
      {
        schema: {
          tags,
          querystring: ListAssignmentRequestsQuerySchema,
          response: { 200: AssignmentRequestPageSchema },
        },
        config: read,
      },
      async (req) => requests.list(requirePrincipal(req.principal), req.query),
    );

    app.post(
      '/assignment-requests/:id/decision',
      {
        schema: {
          tags,
          params: IdParams,
          body: DecideAssignmentRequestBodySchema,
          response: { 200: AssignmentRequestSchema },
        },
        config: verify,
      },
      async (req) => requests.decide(requirePrincipal(req.principal), req.params.id, req.body),
    );

    app.put(
      '/assignments/:id/draft',
      {
        schema: { tags, params: IdParams, body: SaveDraftBodySchema, response: { 200: ReportDraftSchema } },
        config: submit,
      },
      async (req) => worklist.saveDraft(requirePrincipal(req.principal), req.params.id, req.body),
    );

    app.post(
      '/reports/decisions',
      {
        schema: {
          tags,
          description:
            'Decides each item on its own: the answer is 200 with a result per item, failed items carrying their problem.',
          body: BulkDecisionBodySchema,
          response: { 200: BulkDecisionResultSchema },
        },
        config: verify,
      },
      async (req) => worklist.decideMany(requirePrincipal(req.principal), req.body),
    );

    app.get(
      '/assignments/pending-summary',
      { schema: { tags, response: { 200: PendingSummarySchema } }, config: read },
      async (req) => worklist.pendingSummary(requirePrincipal(req.principal)),
    );
  };
}
