import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignmentDetailSchema,
  AssignmentPageSchema,
  CreateDirectiveBodySchema,
  DecideReportBodySchema,
  DirectivePageSchema,
  DirectiveRollupSchema,
  DirectiveSchema,
  DirectiveVersionSchema,
  ListAssignmentsQuerySchema,
  ListDirectivesQuerySchema,
  ReportSchema,
  RollupQuerySchema,
  SubmitReportBodySchema,
  UpdateDirectiveBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { DirectivesService } from './directives.service.js';

const IdParams = z.object({ id: z.uuid() });
const read = { access: { permission: 'directives:read' } } as const;

export function directivesRoutes(service: DirectivesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/directives',
      { schema: { tags: ['directives'], querystring: ListDirectivesQuerySchema, response: { 200: DirectivePageSchema } }, config: read },
      async (req) => service.list(requirePrincipal(req.principal), req.query),
    );

    app.post(
      '/directives',
      {
        schema: { tags: ['directives'], body: CreateDirectiveBodySchema, response: { 201: DirectiveSchema } },
        config: { access: { permission: 'directives:issue' } },
      },
      async (req, reply) => reply.code(201).send(await service.create(requirePrincipal(req.principal), req.body)),
    );

    app.get(
      '/directives/:id',
      { schema: { tags: ['directives'], params: IdParams, response: { 200: DirectiveSchema } }, config: read },
      async (req) => service.get(requirePrincipal(req.principal), req.params.id),
    );

    app.post(
      '/directives/:id/issue',
      {
        schema: { tags: ['directives'], params: IdParams, response: { 200: DirectiveSchema } },
        config: { access: { permission: 'directives:issue' } },
      },
      async (req) => service.issue(requirePrincipal(req.principal), req.params.id),
    );

    app.get(
      '/directives/:id/rollup',
      {
        schema: { tags: ['directives'], params: IdParams, querystring: RollupQuerySchema, response: { 200: DirectiveRollupSchema } },
        config: read,
      },
      async (req) => service.rollup(requirePrincipal(req.principal), req.params.id, req.query),
    );

    app.patch(
      '/directives/:id',
      {
        schema: {
          tags: ['directives'],
          description: 'A draft changes freely. An issued directive takes a reason and changes only title, body, priority, metric labels and targets, evidence rules and due; each change is a version.',
          params: IdParams,
          body: UpdateDirectiveBodySchema,
          response: { 200: DirectiveSchema },
        },
        config: { access: { permission: 'directives:issue' } },
      },
      async (req) => (await service.update(requirePrincipal(req.principal), req.params.id, req.body)).directive,
    );

    app.get(
      '/directives/:id/versions',
      { schema: { tags: ['directives'], params: IdParams, response: { 200: z.array(DirectiveVersionSchema) } }, config: read },
      async (req) => service.versions(requirePrincipal(req.principal), req.params.id),
    );

    app.get(
      '/assignments',
      { schema: { tags: ['directives'], querystring: ListAssignmentsQuerySchema, response: { 200: AssignmentPageSchema } }, config: read },
      async (req) => service.listAssignments(requirePrincipal(req.principal), req.query),
    );

    app.get(
      '/assignments/:id',
      { schema: { tags: ['directives'], params: IdParams, response: { 200: AssignmentDetailSchema } }, config: read },
      async (req) => service.getAssignment(requirePrincipal(req.principal), req.params.id),
    );

    app.get(
      '/assignments/:id/reports',
      { schema: { tags: ['directives'], params: IdParams, response: { 200: z.array(ReportSchema) } }, config: read },
      async (req) => service.listReports(requirePrincipal(req.principal), req.params.id),
    );

    app.post(
      '/assignments/:id/reports',
      {
        schema: {
          tags: ['directives'],
          description: 'Send an Idempotency-Key header: a retried submission returns the first report instead of a second one.',
          params: IdParams,
          body: SubmitReportBodySchema,
          response: { 201: ReportSchema },
        },
        config: { access: { permission: 'reports:submit' } },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await service.submitReport(requirePrincipal(req.principal), req.params.id, req.body, req.idempotencyClaim?.key ?? null)),
    );

    app.post(
      '/reports/:id/decision',
      {
        schema: { tags: ['directives'], params: IdParams, body: DecideReportBodySchema, response: { 200: ReportSchema } },
        config: { access: { permission: 'reports:verify' } },
      },
      async (req) => service.decide(requirePrincipal(req.principal), req.params.id, req.body),
    );
  };
}
