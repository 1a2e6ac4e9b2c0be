import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ListUnitsQuerySchema,
  UnitDetailSchema,
  UnitImportResultSchema,
  UnitPageSchema,
  UnitTreeSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import { rethrowMalformedMultipart } from '../../platform/http/multipart.js';
import { unreadableFile } from './org-units.errors.js';
import type { OrgUnitsService } from './org-units.service.js';

const IdParams = z.object({ id: z.uuid() });
const ImportQuery = z.object({ mode: z.enum(['preview', 'apply']).default('preview') }).strict();

export function orgUnitsRoutes(units: OrgUnitsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/units',
      {
        schema: { tags: ['units'], querystring: ListUnitsQuerySchema, response: { 200: UnitPageSchema } },
        config: { access: { permission: 'units:read' } },
      },
      async (req) => units.list(requirePrincipal(req.principal), req.query),
    );

    app.get(
      '/units/tree',
      {
        schema: { tags: ['units'], response: { 200: UnitTreeSchema } },
        config: { access: { permission: 'units:read' } },
      },
      async (req) => units.tree(requirePrincipal(req.principal)),
    );

    app.get(
      '/units/:id',
      {
        schema: { tags: ['units'], params: IdParams, response: { 200: UnitDetailSchema } },
        config: { access: { permission: 'units:read' } },
      },
      async (req) => units.get(requirePrincipal(req.principal), req.params.id),
    );

    app.post(
      '/units/import',
      {
        schema: {
          tags: ['units'],
          description: 'multipart/form-data with one file field ("file"): CSV or XLSX, header row first.',
          consumes: ['multipart/form-data'],
          querystring: ImportQuery,
          response: { 200: UnitImportResultSchema },
        },
        config: { access: { permission: 'units:import' } },
      },
      async (req) => {
        const principal = requirePrincipal(req.principal);
        const file = await req.file().catch(rethrowMalformedMultipart);
        if (!file) throw unreadableFile('Tidak ada berkas yang diunggah (kolom "file").');
        return units.importUnits(principal, await file.toBuffer().catch(rethrowMalformedMultipart), req.query.mode);
      },
    );
  };
}
