import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddIncidentUpdateBodySchema,
  AgencyBodySchema,
  AgencySchema,
  AlertSchema,
  ChangeIncidentStatusBodySchema,
  CloseIncidentBodySchema,
  CreateIncidentBodySchema,
  IncidentListSchema,
  IncidentPersonListSchema,
  IncidentPersonSchema,
  IncidentSchema,
  ListIncidentsQuerySchema,
  PersonBodySchema,
  ReviewBodySchema,
  SopStepBodySchema,
  UpdateAgencyBodySchema,
  UpdateIncidentBodySchema,
} from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { IncidentsModule } from './incidents.module.js';

const IdParams = z.object({ id: z.uuid() });
const StepParams = IdParams.extend({ stepKey: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) });
const AgencyParams = IdParams.extend({ agencyId: z.uuid() });
const AlertParams = IdParams.extend({ alertId: z.uuid() });
const tags = ['incidents'];
// The service checks scope (out of scope is 404) and the incident's state (409) after these.
const read = { access: { permission: 'incidents:read' } } as const;
const report = { access: { permission: 'incidents:report' } } as const;
const persons = { access: { permission: 'incidents:persons' } } as const;
const review = { access: { permission: 'incidents:review' } } as const;
const who = (req: FastifyRequest) => requirePrincipal(req.principal);

export function incidentsRoutes(m: IncidentsModule): FastifyPluginAsyncZod {
  const s = m.incidents;
  /** For writes that return nothing: run it, then answer with the incident as the caller now sees it. */
  const thenIncident = async (principal: Principal, id: string, write: (principal: Principal, id: string) => Promise<void>) => {
    await write(principal, id);
    return s.get(principal, id);
  };
  return async (app) => {
    app.post(
      '/incidents',
      { schema: { tags, body: CreateIncidentBodySchema, response: { 200: IncidentSchema, 201: IncidentSchema } }, config: report },
      async (req, reply) => {
        const { incident, created } = await s.report(who(req), req.body);
        return reply.code(created ? 201 : 200).send(incident);
      },
    );
    app.get('/incidents', { schema: { tags, querystring: ListIncidentsQuerySchema, response: { 200: IncidentListSchema } }, config: read }, async (req) =>
      s.list(who(req), req.query),
    );
    app.get('/incidents/:id', { schema: { tags, params: IdParams, response: { 200: IncidentSchema } }, config: read }, async (req) => s.get(who(req), req.params.id));
    app.patch(
      '/incidents/:id',
      { schema: { tags, params: IdParams, body: UpdateIncidentBodySchema, response: { 200: IncidentSchema } }, config: report },
      async (req) => s.updateDetails(who(req), req.params.id, req.body),
    );
    app.post(
      '/incidents/:id/updates',
      { schema: { tags, params: IdParams, body: AddIncidentUpdateBodySchema, response: { 201: IncidentSchema } }, config: report },
      async (req, reply) => reply.code(201).send(await s.addUpdate(who(req), req.params.id, req.body)),
    );
    app.post(
      '/incidents/:id/status',
      { schema: { tags, params: IdParams, body: ChangeIncidentStatusBodySchema, response: { 200: IncidentSchema } }, config: report },
      async (req) => s.changeStatus(who(req), req.params.id, req.body),
    );
    app.put(
      '/incidents/:id/sop/:stepKey',
      { schema: { tags, params: StepParams, body: SopStepBodySchema, response: { 200: IncidentSchema } }, config: report },
      async (req) => thenIncident(who(req), req.params.id, (p, id) => s.setSopStep(p, id, req.params.stepKey, req.body)),
    );
    app.post(
      '/incidents/:id/agencies',
      { schema: { tags, params: IdParams, body: AgencyBodySchema, response: { 201: AgencySchema } }, config: report },
      async (req, reply) => reply.code(201).send(await s.addAgency(who(req), req.params.id, req.body)),
    );
    app.patch(
      '/incidents/:id/agencies/:agencyId',
      { schema: { tags, params: AgencyParams, body: UpdateAgencyBodySchema, response: { 200: AgencySchema } }, config: report },
      async (req) => s.updateAgency(who(req), req.params.id, req.params.agencyId, req.body),
    );
    app.get('/incidents/:id/persons', { schema: { tags, params: IdParams, response: { 200: IncidentPersonListSchema } }, config: persons }, async (req) =>
      s.listPersons(who(req), req.params.id),
    );
    app.post(
      '/incidents/:id/persons',
      { schema: { tags, params: IdParams, body: PersonBodySchema, response: { 201: IncidentPersonSchema } }, config: persons },
      async (req, reply) => reply.code(201).send(await s.addPerson(who(req), req.params.id, req.body)),
    );
    app.put(
      '/incidents/:id/review',
      { schema: { tags, params: IdParams, body: ReviewBodySchema, response: { 200: IncidentSchema } }, config: report },
      async (req) => thenIncident(who(req), req.params.id, (p, id) => s.saveReview(p, id, req.body)),
    );
    app.post(
      '/incidents/:id/close',
      { schema: { tags, params: IdParams, body: CloseIncidentBodySchema, response: { 200: IncidentSchema } }, config: review },
      async (req) => thenIncident(who(req), req.params.id, (p, id) => s.close(p, id, req.body)),
    );
    app.post(
      '/incidents/:id/alerts/:alertId/ack',
      { schema: { tags, params: AlertParams, response: { 200: AlertSchema } }, config: read },
      async (req) => s.acknowledgeAlert(who(req), req.params.id, req.params.alertId),
    );
  };
}
