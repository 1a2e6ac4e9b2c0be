import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSopVersionBodySchema,
  EscalationRuleListSchema,
  IncidentCatalogueSchema,
  IncidentCategorySchema,
  SaveEscalationRulesBodySchema,
  SaveIncidentCategoryBodySchema,
  SaveSeverityBodySchema,
  SeveritySchema,
  SopVersionListSchema,
  SopVersionSchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { IncidentCatalogueService } from './incident-catalogue.service.js';

const IdParams = z.object({ id: z.uuid() });
const CodeParams = z.object({ code: z.string().min(1).max(40) });
const tags = ['incidents'];
const read = { access: { permission: 'incidents:read' } } as const;
const configure = { access: { permission: 'incidents:configure' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

/** /incident-catalogue: read by everyone who sees incidents, changed by those who configure it. */
export function incidentCatalogueRoutes(catalogue: IncidentCatalogueService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/incident-catalogue',
      { schema: { tags, response: { 200: IncidentCatalogueSchema } }, config: read },
      async (req) => catalogue.catalogue(who(req)),
    );

    app.post(
      '/incident-catalogue/categories',
      {
        schema: { tags, body: SaveIncidentCategoryBodySchema, response: { 201: IncidentCategorySchema } },
        config: configure,
      },
      async (req, reply) => reply.code(201).send(await catalogue.createCategory(who(req), req.body)),
    );
    // The whole category is sent and stored: a replacement, hence PUT.
    app.put(
      '/incident-catalogue/categories/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: SaveIncidentCategoryBodySchema,
          response: { 200: IncidentCategorySchema },
        },
        config: configure,
      },
      async (req) => catalogue.updateCategory(who(req), req.params.id, req.body),
    );

    app.put(
      '/incident-catalogue/severities/:code',
      {
        schema: { tags, params: CodeParams, body: SaveSeverityBodySchema, response: { 200: SeveritySchema } },
        config: configure,
      },
      async (req) => catalogue.saveSeverity(who(req), req.params.code, req.body),
    );

    app.get(
      '/incident-catalogue/categories/:id/sop',
      { schema: { tags, params: IdParams, response: { 200: SopVersionListSchema } }, config: read },
      async (req) => catalogue.sopVersions(req.params.id),
    );
    app.post(
      '/incident-catalogue/categories/:id/sop',
      {
        schema: { tags, params: IdParams, body: CreateSopVersionBodySchema, response: { 201: SopVersionSchema } },
        config: configure,
      },
      async (req, reply) => reply.code(201).send(await catalogue.addSopVersion(who(req), req.params.id, req.body)),
    );

    app.get(
      '/incident-catalogue/rules',
      { schema: { tags, response: { 200: EscalationRuleListSchema } }, config: read },
      async () => catalogue.rules(),
    );
    app.put(
      '/incident-catalogue/rules',
      {
        schema: { tags, body: SaveEscalationRulesBodySchema, response: { 200: EscalationRuleListSchema } },
        config: configure,
      },
      async (req) => catalogue.replaceRules(who(req), req.body),
    );
  };
}
