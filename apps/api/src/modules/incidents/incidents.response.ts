import { and, eq } from 'drizzle-orm';
import type { AgencyBody, PersonBody, SopStepBody, UpdateAgencyBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import { findSopVersion } from './incident-catalogue.queries.js';
import { incidentAgencies, incidentPersons, incidentSopSteps } from './incidents.table.js';
import * as q from './incidents.queries.js';
import { toAgency, toPerson } from './incidents.mappers.js';
import { canReadPersons, isClosed } from './incidents.policy.js';
import { guardUpdate } from './incidents.service.js';
import type { Writer } from './incidents.writes.js';
import * as errors from './incidents.errors.js';
import { AGENCY_LABELS } from './incidents.labels.js';

const PERSON_ROLES: Record<PersonBody['role'], string> = {
  warga_binaan: 'warga binaan',
  petugas: 'petugas',
  pengunjung: 'pengunjung',
  lainnya: 'lainnya',
};

function checkArrival(requestedAt: Date, arrivedAt: Date | null | undefined): void {
  if (arrivedAt && arrivedAt.getTime() < requestedAt.getTime()) throw errors.arrivalBeforeRequest();
}
const optionalDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

/** The response on the ground: SOP checklist, coordination with agencies, and named persons. */
export function createResponse(deps: { db: Db; audit: Audit; writer: Writer }) {
  const { db, audit, writer } = deps;
  const { write, log, record } = writer;

  /** A step of the pinned SOP done (who, when) or undone. */
  async function setSopStep(principal: Principal, id: string, stepKey: string, body: SopStepBody) {
    await write(principal, id, guardUpdate(principal), async (ctx) => {
      const version = ctx.row.sopVersionId ? await findSopVersion(ctx.tx, ctx.row.sopVersionId) : null;
      const step = version?.steps.find((s) => s.key === stepKey);
      if (!step) throw errors.sopStepNotFound();
      const where = and(eq(incidentSopSteps.incidentId, id), eq(incidentSopSteps.stepKey, stepKey));
      if (body.done) {
        const values = { doneAt: ctx.now, doneByUserId: principal.userId, doneByName: principal.name, note: body.note ?? null };
        await ctx.tx
          .insert(incidentSopSteps)
          .values({ incidentId: id, stepKey, ...values })
          .onConflictDoUpdate({ target: [incidentSopSteps.incidentId, incidentSopSteps.stepKey], set: values });
      } else {
        await ctx.tx.delete(incidentSopSteps).where(where);
      }
      await log(ctx, { kind: 'sop_step', summary: `${body.done ? 'Langkah SOP selesai' : 'Langkah SOP dibatalkan'}: ${step.text}`, note: body.note ?? null });
      await record(ctx, 'incidents.sop_step_recorded', { stepKey, done: body.done });
    });
  }

  /** A request for help to law enforcement or another agency. */
  async function addAgency(principal: Principal, id: string, body: AgencyBody) {
    return write(principal, id, guardUpdate(principal), async (ctx) => {
      const requestedAt = new Date(body.requestedAt);
      const arrivedAt = optionalDate(body.arrivedAt) ?? null;
      checkArrival(requestedAt, arrivedAt);
      const [row] = await ctx.tx
        .insert(incidentAgencies)
        .values({
          incidentId: id,
          agency: body.agency,
          name: body.name,
          contact: body.contact ?? null,
          requestedAt,
          arrivedAt,
          personnel: body.personnel ?? null,
          notes: body.notes ?? null,
          createdByUserId: principal.userId,
        })
        .returning();
      if (!row) throw new Error('agency insert returned nothing');
      await log(ctx, { kind: 'agency', summary: `Bantuan diminta dari ${AGENCY_LABELS[body.agency]}: ${body.name}`, note: body.notes ?? null });
      await record(ctx, 'incidents.agency_logged', { agencyId: row.id, agency: body.agency, name: body.name });
      return toAgency(row);
    });
  }

  /** Arrival, personnel and notes as they become known. */
  async function updateAgency(principal: Principal, id: string, agencyId: string, body: UpdateAgencyBody) {
    return write(principal, id, guardUpdate(principal), async (ctx) => {
      const before = await q.findAgency(ctx.tx, id, agencyId);
      if (!before) throw errors.agencyNotFound();
      const requestedAt = optionalDate(body.requestedAt) ?? before.requestedAt;
      const arrivedAt = optionalDate(body.arrivedAt);
      checkArrival(requestedAt, arrivedAt === undefined ? before.arrivedAt : arrivedAt);
      const [row] = await ctx.tx
        .update(incidentAgencies)
        .set({
          ...(body.agency !== undefined ? { agency: body.agency } : {}),
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.contact !== undefined ? { contact: body.contact } : {}),
          requestedAt,
          ...(arrivedAt !== undefined ? { arrivedAt } : {}),
          ...(body.personnel !== undefined ? { personnel: body.personnel } : {}),
          ...(body.notes !== undefined ? { notes: body.notes } : {}),
        })
        .where(eq(incidentAgencies.id, agencyId))
        .returning();
      if (!row) throw errors.agencyNotFound();
      const dto = toAgency(row);
      const arrived = !before.arrivedAt && row.arrivedAt;
      const summary = arrived ? `${row.name} tiba di lokasi (${dto.responseMinutes ?? 0} menit setelah diminta)` : `Koordinasi diperbarui: ${row.name}`;
      await log(ctx, { kind: 'agency', summary, note: body.notes ?? null });
      await record(ctx, 'incidents.agency_logged', { agencyId, fields: Object.keys(body) });
      return dto;
    });
  }

  /** Named persons; every read is audited, and only holders of the persons permission read them. */
  async function listPersons(principal: Principal, id: string) {
    return db.transaction(async (tx) => {
      const row = await q.findIncident(tx, principal.position.unitPath, id);
      if (!row || !can(principal, 'incidents:read')) throw errors.incidentNotFound();
      if (!canReadPersons(principal, row)) throw errors.cannotSeePersons();
      const persons = await q.listPersons(tx, id);
      await audit.record(tx, auditActor(principal), {
        action: 'incidents.persons_read',
        subjectType: 'incident',
        subjectId: id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { number: row.number, count: persons.length },
      });
      return { items: persons.map(toPerson) };
    });
  }

  /** A named person; the timeline and the audit say only the role, never the name. */
  async function addPerson(principal: Principal, id: string, body: PersonBody) {
    const guard = (row: q.IncidentRow) => {
      if (!canReadPersons(principal, row)) throw errors.cannotSeePersons();
      if (isClosed(row)) throw errors.incidentClosed();
    };
    return write(principal, id, guard, async (ctx) => {
      const [row] = await ctx.tx
        .insert(incidentPersons)
        .values({
          incidentId: id,
          role: body.role,
          name: body.name,
          registrationNumber: body.registrationNumber ?? null,
          status: body.status ?? null,
          note: body.note ?? null,
          createdByUserId: principal.userId,
        })
        .returning();
      if (!row) throw new Error('person insert returned nothing');
      await log(ctx, { kind: 'person_added', summary: `Orang terlibat dicatat (${PERSON_ROLES[body.role]})` });
      await record(ctx, 'incidents.person_added', { personId: row.id, role: body.role });
      return toPerson(row);
    });
  }

  return { setSopStep, addAgency, updateAgency, listPersons, addPerson };
}
