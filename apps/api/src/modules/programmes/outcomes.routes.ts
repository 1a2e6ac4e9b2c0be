import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CertificateListSchema,
  CertificateSchema,
  CreateCertificateBodySchema,
  InmateSummaryQuerySchema,
  InmateSummarySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { OutcomeFile } from './outcomes.documents.js';
import type { OutcomesService } from './outcomes.module.js';

const tags = ['programmes'];
const read = { access: { permission: 'programmes:read' } } as const;
const manage = { access: { permission: 'programmes:manage' } } as const;
const params = z.object({ id: z.uuid() });
const who = (req: FastifyRequest) => requirePrincipal(req.principal);


function sendFile(reply: FastifyReply, file: OutcomeFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

export function outcomesRoutes(outcomes: OutcomesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/inmates/:id/certificates',
      { schema: { tags, params, response: { 200: CertificateListSchema } }, config: read },
      async (req) => outcomes.listCertificates(who(req), req.params.id),
    );
    app.post(
      '/inmates/:id/certificates',
      { schema: { tags, params, body: CreateCertificateBodySchema, response: { 201: CertificateSchema } }, config: manage },
      async (req, reply) => reply.code(201).send(await outcomes.recordCertificate(who(req), req.params.id, req.body)),
    );
    app.get(
      '/inmates/:id/summary',
      {
        schema: {
          tags,
          description: 'Programmes, hours from sessions marked hadir, attendance and certificates; the name only with inmates:names and names=true (audited).',
          params,
          querystring: InmateSummaryQuerySchema,
          response: { 200: InmateSummarySchema },
        },
        config: read,
      },
      async (req) => outcomes.summary(who(req), req.params.id, req.query),
    );
    app.get(
      '/inmates/:id/summary.pdf',
      {
        schema: { tags, description: "The summary on the caller's letterhead as evidence for the TPP; the name only with inmates:names (audited).", params },
        config: read,
      },
      async (req, reply) => sendFile(reply, await outcomes.summaryPdf(who(req), req.params.id)),
    );
    app.get(
      '/inmates/:id/summary.xlsx',
      { schema: { tags, description: 'The summary as a workbook, with the pseudonym only.', params }, config: read },
      async (req, reply) => sendFile(reply, await outcomes.summaryXlsx(who(req), req.params.id)),
    );
  };
}
