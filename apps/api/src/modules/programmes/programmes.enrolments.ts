import type { ChangeEnrolmentStatusBody, EnrolBody, EnrolmentList, EnrolmentResult } from '@selaras/contracts';
import { can, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import * as q from './programmes.queries.js';
import * as en from './programmes.enrolments.queries.js';
import { toEnrolment } from './programmes.mappers.js';
import { allowedMoves } from './programmes.policy.js';
import { clashFor, promoteWaitlisted, recordEnrolmentChange, type SeatContext } from './programmes.seats.js';
import * as errors from './programmes.errors.js';

type WithProgramme = <T>(principal: Principal, id: string, work: (ctx: SeatContext) => Promise<T>) => Promise<T>;
type Outcome = { enrolmentId: string; promoted: string[] };

/** Whether the programme has a seat left (counted under the programme's lock). */
async function hasFreeSeat(ctx: SeatContext): Promise<boolean> {
  return (await q.countActive(ctx.tx, ctx.programme.id)) < ctx.programme.capacity;
}

/** An inmate may become active only while active in the register, at the programme's unit, with no clash. */
async function checkMayBeActive(ctx: SeatContext, inmate: en.InmateRef | null): Promise<void> {
  if (!inmate || inmate.unitId !== ctx.programme.unitId || inmate.status !== 'aktif') throw errors.inmateNotEligible();
  const clash = await clashFor(ctx, inmate.id);
  if (clash) throw errors.enrolmentClash(clash);
}

/** Enrolment: seats, the waitlist, suspension and ending, all decided under the programme's lock. */
export function createEnrolments(deps: { db: Db; audit: Audit }, withProgramme: WithProgramme) {
  const { db, audit } = deps;

  async function result(principal: Principal, programmeId: string, outcome: Outcome): Promise<EnrolmentResult> {
    const programme = await q.findProgrammeView(db, principal.position.unitPath, programmeId);
    if (!programme) throw errors.programmeNotFound();
    const view = async (id: string) => {
      const row = await en.findEnrolmentView(db, programmeId, id);
      if (!row) throw errors.enrolmentNotFound();
      return toEnrolment(row, programme.programme, principal);
    };
    return { enrolment: await view(outcome.enrolmentId), promoted: await Promise.all(outcome.promoted.map(view)) };
  }

  /** Participants by pseudonym; names never appear here. */
  async function listEnrolments(principal: Principal, programmeId: string): Promise<EnrolmentList> {
    const view = await q.findProgrammeView(db, principal.position.unitPath, programmeId);
    if (!view || !can(principal, 'programmes:read')) throw errors.programmeNotFound();
    const rows = await en.listEnrolments(db, programmeId);
    return { items: rows.map((r) => toEnrolment(r, view.programme, principal)) };
  }

  /** Takes a seat when one is free (aktif), else joins the waitlist (daftar_tunggu); the result says which. */
  async function enrol(principal: Principal, programmeId: string, body: EnrolBody): Promise<EnrolmentResult> {
    const outcome = await withProgramme(principal, programmeId, async (ctx) => {
      if (ctx.programme.archived) throw errors.programmeArchived();
      const inmate = await en.lockInmate(ctx.tx, body.inmateId);
      if (!inmate || inmate.unitId !== ctx.programme.unitId || inmate.status !== 'aktif') throw errors.inmateNotEligible();
      const existing = await en.findEnrolmentOf(ctx.tx, programmeId, inmate.id);
      if (existing && existing.status !== 'selesai') throw errors.alreadyEnrolled();
      const seat = await hasFreeSeat(ctx);
      if (seat) await checkMayBeActive(ctx, inmate);
      const status = seat ? 'aktif' : 'daftar_tunggu';
      const values = { status, reason: null, note: null, enrolledOn: ctx.today, endedOn: null, updatedAt: ctx.now } as const;
      let enrolmentId: string;
      if (existing) {
        await en.updateEnrolment(ctx.tx, existing.id, values);
        enrolmentId = existing.id;
      } else {
        enrolmentId = (await en.insertEnrolment(ctx.tx, { ...values, programmeId, inmateId: inmate.id, unitPath: ctx.programme.unitPath })).id;
      }
      await recordEnrolmentChange(audit, ctx, { enrolmentId, pseudonym: inmate.pseudonym, from: existing?.status ?? null, to: status });
      return { enrolmentId, promoted: [] };
    });
    return result(principal, programmeId, outcome);
  }

  /** Reactivates, suspends or ends; freeing an active seat promotes the oldest eligible on the waitlist. */
  async function changeEnrolmentStatus(principal: Principal, programmeId: string, enrolmentId: string, body: ChangeEnrolmentStatusBody): Promise<EnrolmentResult> {
    const outcome = await withProgramme(principal, programmeId, async (ctx): Promise<Outcome> => {
      if (ctx.programme.archived) throw errors.programmeArchived();
      const row = await en.lockEnrolment(ctx.tx, programmeId, enrolmentId);
      if (!row) throw errors.enrolmentNotFound();
      if (row.status === 'selesai') throw errors.enrolmentEnded();
      const moves = allowedMoves(row.status);
      const allowed = body.status === 'aktif' ? moves.activate : body.status === 'ditangguhkan' ? moves.suspend : moves.end;
      if (!allowed) throw errors.statusUnchanged(row.status);
      const inmate = await en.lockInmate(ctx.tx, row.inmateId);
      if (body.status === 'aktif') {
        if (!(await hasFreeSeat(ctx))) throw errors.noFreeSeat();
        await checkMayBeActive(ctx, inmate);
      }
      await en.updateEnrolment(ctx.tx, row.id, {
        status: body.status,
        reason: body.status === 'aktif' ? null : (body.reason ?? null),
        note: body.note ?? null,
        endedOn: body.status === 'selesai' ? ctx.today : null,
        updatedAt: ctx.now,
      });
      await recordEnrolmentChange(audit, ctx, {
        enrolmentId: row.id,
        pseudonym: inmate?.pseudonym ?? null,
        from: row.status,
        to: body.status,
        reason: body.reason ?? null,
      });
      const promoted = row.status === 'aktif' ? await promoteWaitlisted(audit, ctx) : [];
      return { enrolmentId: row.id, promoted };
    });
    return result(principal, programmeId, outcome);
  }

  return { listEnrolments, enrol, changeEnrolmentStatus };
}
