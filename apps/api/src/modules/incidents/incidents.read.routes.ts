import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  IncidentMapSchema,
  IncidentStatsQuerySchema,
  IncidentStatsSchema,
  ListIncidentsQuerySchema,
  OpenSeriousSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { Audit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/index.js';
import { createIncidentReadService } from './incidents.read.js';
import { createIncidentExportService, type IncidentFile } from './incidents.export.js';
import { createIncidentReportService } from './incidents.report-pdf.js';

const read = { access: { permission: 'incidents:read' } } as const;
const params = z.object({ id: z.uuid() });

/**
 * The read side of Kamtib incidents: the dashboard banner, statistics, map, exports and the PDF report.
 * Nothing here writes; `audit` is taken so the wiring matches the module's other services.
 */
export function createIncidentReads(deps: { db: Db; clock: () => Date; audit: Audit }) {
  const { db, clock } = deps;
  return {
    reads: createIncidentReadService({ db }),
    exports: createIncidentExportService({ db, clock }),
    reports: createIncidentReportService({ db, clock }),
  };
}
export type IncidentReads = ReturnType<typeof createIncidentReads>;

function sendFile(reply: FastifyReply, file: IncidentFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

export function incidentReadRoutes(services: IncidentReads): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/incidents/open-serious',
      {
        schema: {
          tags: ['incidents'],
          description:
            "Open incidents in the caller's subtree that are serious (a serious category, or severity berat and above), newest first, at most 20.",
          response: { 200: OpenSeriousSchema },
        },
        config: read,
      },
      async (req) => services.reads.openSerious(requirePrincipal(req.principal)),
    );

    app.get(
      '/incidents/stats',
      {
        schema: {
          tags: ['incidents'],
          description:
            "Counts over the caller's subtree (or a unit's inside it) by category, by Kanwil (HQ) or unit, and by month in WIB; from/to are WIB dates.",
          querystring: IncidentStatsQuerySchema,
          response: { 200: IncidentStatsSchema },
        },
        config: read,
      },
      async (req) => services.reads.stats(requirePrincipal(req.principal), req.query),
    );

    app.get(
      '/incidents/map',
      {
        schema: {
          tags: ['incidents'],
          description: 'One point per unit with coordinates and incidents in scope: total, open, open and serious.',
          querystring: IncidentStatsQuerySchema,
          response: { 200: IncidentMapSchema },
        },
        config: read,
      },
      async (req) => services.reads.map(requirePrincipal(req.principal), req.query),
    );

    for (const format of ['csv', 'xlsx'] as const)
      app.get(
        `/incidents/export.${format}`,
        {
          schema: {
            tags: ['incidents'],
            description: `The board's incidents (its filters; paging ignored) as ${format.toUpperCase()}: figures and counts, never names of persons. Text a spreadsheet would run as a formula gets a leading apostrophe.`,
            querystring: ListIncidentsQuerySchema,
          },
          config: read,
        },
        async (req, reply) =>
          sendFile(reply, await services.exports.exportIncidents(requirePrincipal(req.principal), req.query, format)),
      );

    app.get(
      '/incidents/:id/report.pdf',
      {
        schema: {
          tags: ['incidents'],
          description:
            "One incident's report on the caller's letterhead: details, figures, SOP checklist, coordination, alerts, timeline and review; no names of persons involved.",
          params,
        },
        config: read,
      },
      async (req, reply) =>
        sendFile(reply, await services.reports.reportPdf(requirePrincipal(req.principal), req.params.id)),
    );
  };
}
