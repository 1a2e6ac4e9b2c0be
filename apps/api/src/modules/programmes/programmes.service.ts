import type { CreateProgrammeBody, FieldIssue, ListProgrammesQuery, Programme, ProgrammeList, UpdateProgrammeBody } from '@selaras/contracts';
import { trackOfCategory } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import * as q from './programmes.queries.js';
import * as en from './programmes.enrolments.queries.js';
import { localDate, toProgramme } from './programmes.mappers.js';
import { mayManage } from './programmes.policy.js';
import { promoteWaitlisted, type SeatContext } from './programmes.seats.js';
import { scheduleIssues, schedulesClash, sortedTimetable, type Schedule } from './programmes.timetable.js';
import { createEnrolments } from './programmes.enrolments.js';
import * as errors from './programmes.errors.js';

export type ProgrammesDeps = { db: Db; audit: Audit; clock: () => Date };

/** Runs `work` on the programme locked in the caller's scope (404 otherwise), with its unit's local today. */
export function createSeatWriter(deps: ProgrammesDeps) {
  return async function withProgramme<T>(principal: Principal, id: string, work: (ctx: SeatContext) => Promise<T>): Promise<T> {
    return deps.db.transaction(async (tx) => {
      const programme = await q.lockProgramme(tx, principal.position.unitPath, id);
      if (!programme || !can(principal, 'programmes:read')) throw errors.programmeNotFound();
      if (!mayManage(principal, programme)) throw errors.cannotManage();
      const unit = await q.findUnit(tx, programme.unitId);
      const now = deps.clock();
      return work({ tx, programme, now, today: localDate(now, unit?.timezone ?? 'Asia/Jakarta'), principal });
    });
  };
}

/** The unit a new programme belongs to: the caller's own, or a UPT in their scope when named. */
async function unitFor(db: Db, principal: Principal, unitId: string | undefined): Promise<q.UnitRef> {
  const unit = await q.findUnit(db, unitId ?? principal.position.unitId);
  if (!unit || !inScope(principal, unit.path)) {
    throw errors.programmeInvalid([errors.field('body.unitId', 'Unit tidak ditemukan di wilayah kewenangan Anda.', 'not_found')]);
  }
  if (unit.kind !== 'upt') {
    throw errors.programmeInvalid([errors.field('body.unitId', 'Program pembinaan dibuat untuk UPT; pilih UPT penyelenggara.', 'not_upt')]);
  }
  return unit;
}

/** Refuses a new timetable or date range that would put an active participant in two places at once. */
async function checkParticipantClashes(ctx: SeatContext, next: Schedule): Promise<void> {
  const inmateIds = await en.activeInmateIds(ctx.tx, ctx.programme.id);
  const others = await en.activeParticipations(ctx.tx, inmateIds, ctx.programme.id);
  const hit = others.find((o) => schedulesClash(o, next));
  if (hit) throw errors.timetableClash(hit.name);
}

/** Programmes of a unit: listing, reading, creating and changing them; enrolment lives beside. */
export function createProgrammesService(deps: ProgrammesDeps) {
  const { db, audit, clock } = deps;
  const withProgramme = createSeatWriter(deps);
  const enrolments = createEnrolments(deps, withProgramme);

  async function list(principal: Principal, filter: ListProgrammesQuery): Promise<ProgrammeList> {
    const views = await q.listProgrammeViews(db, principal.position.unitPath, filter, clock());
    return { items: views.map((v) => toProgramme(v, principal)), abilities: { create: can(principal, 'programmes:manage') } };
  }

  /** One programme with its counts and abilities; 404 when out of the caller's scope. */
  async function get(principal: Principal, id: string): Promise<Programme> {
    const view = await q.findProgrammeView(db, principal.position.unitPath, id);
    if (!view || !can(principal, 'programmes:read')) throw errors.programmeNotFound();
    return toProgramme(view, principal);
  }

  /** A new programme of a UPT, with every problem of its schedule reported at once. */
  async function create(principal: Principal, body: CreateProgrammeBody): Promise<Programme> {
    if (!can(principal, 'programmes:manage')) throw errors.cannotManage();
    const unit = await unitFor(db, principal, body.unitId);
    const issues: FieldIssue[] = scheduleIssues(body);
    if (issues.length > 0) throw errors.programmeInvalid(issues);
    const id = await db.transaction(async (tx) => {
      const row = await q.insertProgramme(tx, {
        unitId: unit.id,
        unitPath: unit.path,
        name: body.name,
        track: trackOfCategory(body.category),
        category: body.category,
        partner: body.partner ?? null,
        trainer: body.trainer ?? null,
        place: body.place,
        capacity: body.capacity,
        startDate: body.startDate,
        endDate: body.endDate,
        timetable: sortedTimetable(body.timetable),
        description: body.description ?? null,
        createdByUserId: principal.userId,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'programmes.created',
        subjectType: 'programme',
        subjectId: row.id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { name: row.name, category: row.category, capacity: row.capacity },
      });
      return row.id;
    });
    return get(principal, id);
  }

  /** Details, schedule and capacity; capacity never drops below the active count, and a rise fills seats from the waitlist. */
  async function update(principal: Principal, id: string, body: UpdateProgrammeBody): Promise<Programme> {
    await withProgramme(principal, id, async (ctx) => {
      const p = ctx.programme;
      if (p.archived && body.archived !== false) throw errors.programmeArchived();
      const next: Schedule = { timetable: body.timetable ?? p.timetable, startDate: body.startDate ?? p.startDate, endDate: body.endDate ?? p.endDate };
      const issues = scheduleIssues(next);
      if (issues.length > 0) throw errors.programmeInvalid(issues);
      const active = await q.countActive(ctx.tx, p.id);
      if (body.capacity !== undefined && body.capacity < active) throw errors.capacityBelowActive(active);
      if (body.timetable || body.startDate || body.endDate) await checkParticipantClashes(ctx, next);
      const fields = Object.keys(body);
      if (fields.length === 0) return;
      await q.updateProgramme(ctx.tx, p.id, {
        ...body,
        ...(body.category ? { track: trackOfCategory(body.category) } : {}),
        ...(body.timetable ? { timetable: sortedTimetable(body.timetable) } : {}),
      });
      await audit.record(ctx.tx, auditActor(principal), {
        action: 'programmes.updated',
        subjectType: 'programme',
        subjectId: p.id,
        unitId: p.unitId,
        unitPath: p.unitPath,
        summary: { name: body.name ?? p.name, fields },
      });
      const updated = { ...p, capacity: body.capacity ?? p.capacity, archived: body.archived ?? p.archived, ...next };
      if (!updated.archived) await promoteWaitlisted(audit, { ...ctx, programme: updated });
    });
    return get(principal, id);
  }

  return { list, get, create, update, ...enrolments };
}

export type ProgrammesService = ReturnType<typeof createProgrammesService>;
