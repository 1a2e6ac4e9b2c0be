import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ProgrammeSessionListSchema,
  ProgrammeSessionParamsSchema,
  ProgrammeSessionsQuerySchema,
  RecordSessionAttendanceBodySchema,
  SessionAttendanceSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { AttendanceService } from './attendance.service.js';

const tags = ['programmes'];
const read = { access: { permission: 'programmes:read' } } as const;
const manage = { access: { permission: 'programmes:manage' } } as const;

/** Sessions of a programme's timetable and their attendance registers. */
export function attendanceRoutes(service: AttendanceService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/programmes/:id/sessions',
      {
        schema: {
          tags,
          description:
            "The timetable's sessions between from and to (the unit's local dates; default this week, at most 92 days), with counts per status where attendance was taken.",
          params: z.object({ id: z.uuid() }),
          querystring: ProgrammeSessionsQuerySchema,
          response: { 200: ProgrammeSessionListSchema },
        },
        config: read,
      },
      async (req) => service.sessions(requirePrincipal(req.principal), req.params.id, req.query),
    );

    app.get(
      '/programmes/:id/sessions/:date/:start/attendance',
      {
        schema: {
          tags,
          description:
            'The roster of one session (enrolments active on its date: pseudonym and registration number, never names) with the recorded status of each, and whether the caller may record.',
          params: ProgrammeSessionParamsSchema,
          response: { 200: SessionAttendanceSchema },
        },
        config: read,
      },
      async (req) => service.register(requirePrincipal(req.principal), req.params),
    );

    app.put(
      '/programmes/:id/sessions/:date/:start/attendance',
      {
        schema: {
          tags,
          description:
            'The whole register of a session at once (upsert per inmate; sending the same again changes nothing). Statuses other than hadir need a reason code; not before the session starts, nor more than 30 days after.',
          params: ProgrammeSessionParamsSchema,
          body: RecordSessionAttendanceBodySchema,
          response: { 200: SessionAttendanceSchema },
        },
        config: manage,
      },
      async (req) => service.record(requirePrincipal(req.principal), req.params, req.body),
    );
  };
}
