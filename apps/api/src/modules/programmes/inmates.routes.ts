import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInmateBodySchema,
  GetInmateQuerySchema,
  ImportInmatesQuerySchema,
  InmateImportResultSchema,
  InmateListSchema,
  InmateSchema,
  ListInmatesQuerySchema,
  UpdateInmateBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import { rethrowMalformedMultipart } from '../../platform/http/multipart.js';
import { unreadableFile } from './inmates.errors.js';
import type { InmatesService } from './inmates.service.js';

const IdParams = z.object({ id: z.uuid() });

export function inmatesRoutes(inmates: InmatesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/inmates',
      {
        schema: { tags: ['inmates'], querystring: ListInmatesQuerySchema, response: { 200: InmateListSchema } },
        config: { access: { permission: 'programmes:read' } },
      },
      async (req) => inmates.list(requirePrincipal(req.principal), req.query),
    );

    app.get(
      '/inmates/:id',
      {
        schema: { tags: ['inmates'], params: IdParams, querystring: GetInmateQuerySchema, response: { 200: InmateSchema } },
        config: { access: { permission: 'programmes:read' } },
      },
      async (req) => inmates.get(requirePrincipal(req.principal), req.params.id, req.query),
    );

    app.post(
      '/inmates',
      {
        schema: { tags: ['inmates'], body: CreateInmateBodySchema, response: { 201: InmateSchema } },
        config: { access: { permission: 'inmates:manage' } },
      },
      async (req, reply) => reply.code(201).send(await inmates.create(requirePrincipal(req.principal), req.body)),
    );

    app.patch(
      '/inmates/:id',
      {
        schema: { tags: ['inmates'], params: IdParams, body: UpdateInmateBodySchema, response: { 200: InmateSchema } },
        config: { access: { permission: 'inmates:manage' } },
      },
      async (req) => inmates.update(requirePrincipal(req.principal), req.params.id, req.body),
    );

    app.post(
      '/inmates/import',
      {
        schema: {
          tags: ['inmates'],
          description: 'multipart/form-data with one file field ("file"): CSV or XLSX, header row first.',
          consumes: ['multipart/form-data'],
          querystring: ImportInmatesQuerySchema,
          response: { 200: InmateImportResultSchema },
        },
        config: { access: { permission: 'inmates:manage' } },
      },
      async (req) => {
        const principal = requirePrincipal(req.principal);
        const file = await req.file().catch(rethrowMalformedMultipart);
        if (!file) throw unreadableFile('Tidak ada berkas yang diunggah (kolom "file").');
        return inmates.importFile(principal, await file.toBuffer().catch(rethrowMalformedMultipart), req.query);
      },
    );
  };
}
