import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttendanceUnitSchema,
  ChairOptionSchema,
  ChairOptionsQuerySchema,
  CheckInBodySchema,
  CreateMeetingBodySchema,
  DirectiveSchema,
  ListMeetingsQuerySchema,
  MeetingAttendanceSchema,
  MeetingPageSchema,
  MeetingSchema,
  RecordAttendanceBodySchema,
  SaveMinutesBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { MeetingsService } from './meetings.service.js';

const IdParams = z.object({ id: z.uuid() });
const tags = ['meetings'];
const read = { access: { permission: 'meetings:read' } } as const;
const manage = { access: { permission: 'meetings:manage' } } as const;

export function meetingsRoutes(service: MeetingsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/meetings',
      { schema: { tags, querystring: ListMeetingsQuerySchema, response: { 200: MeetingPageSchema } }, config: read },
      async (req) => service.list(requirePrincipal(req.principal), req.query),
    );

    app.post(
      '/meetings',
      { schema: { tags, body: CreateMeetingBodySchema, response: { 201: MeetingSchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await service.create(requirePrincipal(req.principal), req.body)),
    );

    app.get(
      '/meetings/chair-options',
      { schema: { tags, querystring: ChairOptionsQuerySchema, response: { 200: z.array(ChairOptionSchema) } }, config: manage },
      async (req) => service.chairOptions(requirePrincipal(req.principal), req.query.q),
    );

    app.get(
      '/meetings/:id',
      { schema: { tags, params: IdParams, response: { 200: MeetingSchema } }, config: read },
      async (req) => service.get(requirePrincipal(req.principal), req.params.id),
    );

    app.get(
      '/meetings/:id/attendance',
      { schema: { tags, params: IdParams, response: { 200: MeetingAttendanceSchema } }, config: read },
      async (req) => service.attendance(requirePrincipal(req.principal), req.params.id),
    );

    app.post(
      '/meetings/:id/check-in',
      {
        schema: { tags, params: IdParams, body: CheckInBodySchema, response: { 200: AttendanceUnitSchema } },
        config: { access: { permission: 'meetings:attend' } },
      },
      async (req) => service.checkIn(requirePrincipal(req.principal), req.params.id, req.body),
    );

    app.put(
      '/meetings/:id/attendance/:unitId',
      {
        schema: { tags, params: IdParams.extend({ unitId: z.uuid() }), body: RecordAttendanceBodySchema, response: { 200: AttendanceUnitSchema } },
        config: manage,
      },
      async (req) => service.recordAttendance(requirePrincipal(req.principal), req.params.id, req.params.unitId, req.body),
    );

    app.put(
      '/meetings/:id/minutes',
      { schema: { tags, params: IdParams, body: SaveMinutesBodySchema, response: { 200: MeetingSchema } }, config: manage },
      async (req) => service.saveMinutes(requirePrincipal(req.principal), req.params.id, req.body),
    );

    app.post(
      '/meetings/:id/decisions/:index/directive',
      {
        schema: {
          tags,
          description: 'Turns one decision of the minutes into a directive draft; a second call answers 409 with the existing directiveId.',
          params: IdParams.extend({ index: z.coerce.number().int().min(0).max(49) }),
          response: { 201: DirectiveSchema },
        },
        config: manage,
      },
      async (req, reply) =>
        reply.code(201).send(await service.decisionToDirective(requirePrincipal(req.principal), req.params.id, req.params.index)),
    );
  };
}
