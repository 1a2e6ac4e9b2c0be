import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangeEnrolmentStatusBodySchema,
  CreateProgrammeBodySchema,
  EnrolBodySchema,
  EnrolmentListSchema,
  EnrolmentResultSchema,
  ListProgrammesQuerySchema,
  ProgrammeListSchema,
  ProgrammeSchema,
  UpdateProgrammeBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { ProgrammesService } from './programmes.service.js';

const IdParams = z.object({ id: z.uuid() });
const EnrolmentParams = IdParams.extend({ enrolmentId: z.uuid() });
const tags = ['programmes'];
// The service checks scope (out of scope is 404), the programme's state and seats (409) after these.
const read = { access: { permission: 'programmes:read' } } as const;
const manage = { access: { permission: 'programmes:manage' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function programmesRoutes(s: ProgrammesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programmes', { schema: { tags, querystring: ListProgrammesQuerySchema, response: { 200: ProgrammeListSchema } }, config: read }, async (req) =>
      s.list(who(req), req.query),
    );
    app.get('/programmes/:id', { schema: { tags, params: IdParams, response: { 200: ProgrammeSchema } }, config: read }, async (req) =>
      s.get(who(req), req.params.id),
    );
    app.post(
      '/programmes',
      { schema: { tags, body: CreateProgrammeBodySchema, response: { 201: ProgrammeSchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await s.create(who(req), req.body)),
    );
    app.patch(
      '/programmes/:id',
      { schema: { tags, params: IdParams, body: UpdateProgrammeBodySchema, response: { 200: ProgrammeSchema } }, config: manage },
      async (req) => s.update(who(req), req.params.id, req.body),
    );
    app.get(
      '/programmes/:id/enrolments',
      { schema: { tags, params: IdParams, response: { 200: EnrolmentListSchema } }, config: read },
      async (req) => s.listEnrolments(who(req), req.params.id),
    );
    app.post(
      '/programmes/:id/enrolments',
      { schema: { tags, params: IdParams, body: EnrolBodySchema, response: { 201: EnrolmentResultSchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await s.enrol(who(req), req.params.id, req.body)),
    );
    app.post(
      '/programmes/:id/enrolments/:enrolmentId/status',
      { schema: { tags, params: EnrolmentParams, body: ChangeEnrolmentStatusBodySchema, response: { 200: EnrolmentResultSchema } }, config: manage },
      async (req) => s.changeEnrolmentStatus(who(req), req.params.id, req.params.enrolmentId, req.body),
    );
  };
}
