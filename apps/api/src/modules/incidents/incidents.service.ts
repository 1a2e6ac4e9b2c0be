import { eq } from 'drizzle-orm';
import type {
  AddIncidentUpdateBody,
  ChangeIncidentStatusBody,
  CreateIncidentBody,
  FieldIssue,
  IncidentList,
  ListIncidentsQuery,
  UpdateIncidentBody,
} from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { can, type Principal } from '../../platform/auth/principal.js';
import { findCategory, findSeverity, findSopVersion } from './incident-catalogue.queries.js';
import type { Escalation } from './incidents.escalation.js';
import { incidents } from './incidents.table.js';
import { toSummary, withDerivedCounters as withDerived } from './incidents.summary.js';
import * as q from './incidents.queries.js';
import { toIncident } from './incidents.mappers.js';
import { isClosed, isForward, mayWrite } from './incidents.policy.js';
import { describeCounters, mergeCounters } from './incidents.counters.js';
import { createReporting, isInFuture } from './incidents.report.js';
import type { IncidentRow } from './incidents.queries.js';
import type { Writer } from './incidents.writes.js';
import * as errors from './incidents.errors.js';

export type IncidentsDeps = { db: Db; audit: Audit; clock: () => Date; escalation: Escalation; writer: Writer };

const DETAIL_LABELS: Record<keyof UpdateIncidentBody, string> = {
  severity: 'tingkat keparahan',
  occurredAt: 'waktu kejadian',
  location: 'tempat',
  description: 'uraian',
  involved: 'jumlah yang terlibat',
};

/** Refuses a write on an incident the caller may not change: 403 for who, 409 once closed. */
export function guardUpdate(principal: Principal) {
  return (row: IncidentRow) => {
    if (!mayWrite(principal, row)) throw errors.cannotUpdate();
    if (isClosed(row)) throw errors.incidentClosed();
  };
}

/** Reporting, reading and the running record of an incident (details, updates, status). */
export function createIncidentsService(deps: IncidentsDeps) {
  const { db, escalation, writer } = deps;
  const { write, log, record } = writer;
  const reporting = createReporting(deps);

  /** The incident with its timeline, SOP, agencies and alerts; 404 when out of the caller's scope. */
  async function get(principal: Principal, id: string) {
    const summary = await q.findSummary(db, principal.position.unitPath, id);
    if (!summary || !can(principal, 'incidents:read')) throw errors.incidentNotFound();
    const row = summary.incident;
    const [events, steps, sopVersion, agencies, alerts] = await Promise.all([
      q.listEvents(db, id),
      q.listSopSteps(db, id),
      row.sopVersionId ? findSopVersion(db, row.sopVersionId) : Promise.resolve(null),
      q.listAgencies(db, id),
      escalation.alertsOf(db, principal, id),
    ]);
    return toIncident(summary, { events, steps, sopVersion, agencies, alerts }, principal);
  }

  async function list(principal: Principal, filter: ListIncidentsQuery): Promise<IncidentList> {
    const page = await q.listIncidents(db, principal.position.unitPath, filter);
    return { items: page.items.map(toSummary), total: page.total, abilities: { report: can(principal, 'incidents:report') } };
  }

  /** A first report, or the incident it already created when sent again. */
  async function report(principal: Principal, body: CreateIncidentBody) {
    const { id, created } = await reporting.report(principal, body);
    return { incident: await get(principal, id), created };
  }

  /** Details that follow the first report; the timeline says which ones changed. */
  async function updateDetails(principal: Principal, id: string, body: UpdateIncidentBody) {
    await write(principal, id, guardUpdate(principal), async (ctx) => {
      const issues: FieldIssue[] = [];
      const severity = body.severity === undefined ? null : await findSeverity(ctx.tx, body.severity);
      if (body.severity !== undefined && (!severity || !severity.active)) issues.push(errors.field('body.severity', 'Tingkat keparahan tidak dikenal.', 'not_found'));
      const occurredAt = body.occurredAt === undefined ? undefined : new Date(body.occurredAt);
      if (occurredAt && isInFuture(occurredAt, ctx.now)) issues.push(errors.field('body.occurredAt', 'Waktu kejadian tidak boleh di masa depan.', 'future'));
      if (issues.length > 0) throw errors.reportInvalid(issues);
      const changes = {
        ...(severity ? { severity: severity.code, severityRank: severity.rank } : {}),
        ...(occurredAt ? { occurredAt } : {}),
        ...(body.location !== undefined ? { location: body.location } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.involved !== undefined ? { involved: body.involved } : {}),
      };
      const keys = Object.keys(body) as (keyof UpdateIncidentBody)[];
      if (keys.length === 0) return;
      await ctx.tx.update(incidents).set(changes).where(eq(incidents.id, id));
      await log(ctx, { kind: 'details', summary: `Rincian diperbarui: ${keys.map((k) => DETAIL_LABELS[k]).join(', ')}` });
      await record(ctx, 'incidents.details_updated', { fields: keys, ...(body.involved ? { involved: body.involved } : {}) });
    });
    return get(principal, id);
  }

  /** A running update: a note and/or the figures that changed; the timeline keeps the full figures. */
  async function addUpdate(principal: Principal, id: string, body: AddIncidentUpdateBody) {
    await write(principal, id, guardUpdate(principal), async (ctx) => {
      const changes = body.counters ?? {};
      const hasCounters = Object.keys(changes).length > 0;
      const category = await findCategory(ctx.tx, ctx.row.categoryId);
      const defs = category?.counters ?? [];
      let figures: Record<string, number> | null = null;
      if (hasCounters) {
        const merged = mergeCounters(defs, ctx.row.counters, changes);
        await ctx.tx.update(incidents).set({ counters: merged }).where(eq(incidents.id, id));
        figures = withDerived(defs, merged);
      }
      await log(ctx, {
        kind: hasCounters ? 'counters' : 'note',
        summary: figures ? `Angka terbaru: ${describeCounters(defs, figures)}` : 'Catatan perkembangan',
        note: body.note ?? null,
        counters: figures,
      });
      await record(ctx, 'incidents.update_added', { counters: figures, note: body.note !== undefined });
    });
    return get(principal, id);
  }

  /** Moves the status forward one or more steps (never back); 'ditutup' only by closing. */
  async function changeStatus(principal: Principal, id: string, body: ChangeIncidentStatusBody) {
    await write(principal, id, guardUpdate(principal), async (ctx) => {
      if (!isForward(ctx.row.status, body.status)) throw errors.statusBackwards(ctx.row.status, body.status);
      await ctx.tx.update(incidents).set({ status: body.status }).where(eq(incidents.id, id));
      await log(ctx, { kind: 'status', summary: `Status: ${body.status}`, note: body.note ?? null });
      await record(ctx, 'incidents.status_changed', { from: ctx.row.status, to: body.status });
    });
    return get(principal, id);
  }

  return { get, list, report, updateDetails, addUpdate, changeStatus };
}

export type IncidentsService = ReturnType<typeof createIncidentsService>;
