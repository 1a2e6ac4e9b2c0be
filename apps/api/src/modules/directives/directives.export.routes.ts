import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ExportAssignmentsQuerySchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { DirectiveExportsService, ExportFile } from './directives.exports.js';

const read = { access: { permission: 'directives:read' } } as const;

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

export function directiveExportRoutes(service: DirectiveExportsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/assignments/export',
      {
        schema: {
          tags: ['directives'],
          description:
            'The assignment list with the same filters and scope, as XLSX or CSV (UTF-8 with BOM, comma-separated). ' +
            'At most 10,000 rows: more answers 422 directives.export_too_large. Text that a spreadsheet would run as a formula gets a leading apostrophe.',
          querystring: ExportAssignmentsQuerySchema,
        },
        config: read,
      },
      async (req, reply) => sendFile(reply, await service.exportAssignments(requirePrincipal(req.principal), req.query)),
    );

    app.get(
      '/directives/:id/report.pdf',
      {
        schema: {
          tags: ['directives'],
          description: '"Laporan Tindak Lanjut Arahan": the directive and its follow-up roll-up (by Kanwil at HQ, by unit below), on the caller\'s letterhead.',
          params: z.object({ id: z.uuid() }),
        },
        config: read,
      },
      async (req, reply) => sendFile(reply, await service.directiveReport(requirePrincipal(req.principal), req.params.id)),
    );
  };
}
