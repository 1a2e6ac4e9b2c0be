import { CreateDirectiveBodySchema, type AuditAction, type CreateMeetingBody, type SaveMinutesBody, type TimeZone } from '@selaras/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { resolveTargets, type DirectivesService, type TargetUnit } from '../directives/index.js';
import { meetingInvitations, meetings, type StoredDecision } from './meetings.table.js';
import * as q from './meetings.queries.js';
import { canCreateDirective, meetingAbilities } from './meetings.policy.js';
import { lockManagedMeeting } from './meetings.guards.js';
import { toMeeting } from './meetings.mappers.js';
import { addDays, addMinutes, instantOf, localOf } from './meetings.time.js';
import { createAttendance } from './meetings.attendance.js';
import * as errors from './meetings.errors.js';

export type MeetingsService = ReturnType<typeof createMeetingsService>;
export type MeetingsDeps = {
  db: Db;
  audit: Audit;
  clock: () => Date;
  /** The directives service on a given handle, so a decision becomes a draft inside the meeting's transaction. */
  directivesOn: (db: Db) => DirectivesService;
};

const INSERT_BATCH = 500;
const DIRECTIVE_DUE_DAYS = 14;

function invitationRows(meetingId: string, targets: TargetUnit[]) {
  return targets.map((t) => ({
    meetingId,
    unitId: t.id,
    unitPath: t.path,
    kanwilId: t.kanwilId ?? (t.kind === 'kanwil' ? t.id : null),
  }));
}

/** "Rapat koordinasi, 29 Agustus 2025": the meeting a directive came from, within the reference's 120 characters. */
function referenceOf(title: string, startsAt: Date, zone: TimeZone): string {
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: zone }).format(startsAt);
  const room = 120 - date.length - 2;
  return `${title.length > room ? `${title.slice(0, room - 1)}…` : title}, ${date}`;
}

export function createMeetingsService(deps: MeetingsDeps) {
  const { db, audit, clock, directivesOn } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function present(principal: Principal, rows: q.MeetingListRow[]) {
    const ids = rows.map((r) => r.meeting.id);
    const [counts, own] = await Promise.all([q.countInvitations(db, ids), q.invitationsOfUnit(db, principal.position.unitId, ids)]);
    const now = clock();
    return rows.map((r) => {
      const invitation = own.get(r.meeting.id);
      return toMeeting(r, {
        invitedCount: counts.get(r.meeting.id) ?? 0,
        own: invitation ? { ...invitation, unitName: principal.position.unitName } : null,
        abilities: meetingAbilities(principal, r.meeting, Boolean(invitation), now),
      });
    });
  }

  function recordOnMeeting(tx: Db, principal: Principal, meeting: q.MeetingRow, action: AuditAction, summary: Record<string, unknown>) {
    return audit.record(tx, auditActor(principal), {
      action,
      subjectType: 'meeting',
      subjectId: meeting.id,
      unitId: meeting.organiserUnitId,
      unitPath: meeting.organiserUnitPath,
      summary,
    });
  }

  async function get(principal: Principal, id: string) {
    const row = await q.findMeeting(db, scopeOf(principal), id);
    if (!row) throw errors.meetingNotFound();
    const [dto] = await present(principal, [row]);
    if (!dto) throw errors.meetingNotFound();
    return dto;
  }

  async function list(principal: Principal, f: { when: 'upcoming' | 'past'; limit: number; offset: number }) {
    const page = await q.listMeetings(db, scopeOf(principal), { ...f, now: clock() });
    return { items: await present(principal, page.items), total: page.total };
  }

  async function chairOptions(principal: Principal, search?: string) {
    return q.listChairOptions(db, scopeOf(principal), search);
  }

  /** A meeting organised by the caller's unit (or one below it), with one invitation row per invited unit. */
  async function create(principal: Principal, body: CreateMeetingBody) {
    const scope = scopeOf(principal);
    const organiser = await q.findUnitInScope(db, scope, body.organiserUnitId ?? principal.position.unitId);
    if (!organiser) throw errors.organiserOutsideScope();
    if (!(await q.findChairInScope(db, scope, body.chairPositionId))) throw errors.chairNotFound();
    const startsAt = instantOf(body.startLocal, body.timezone);
    const endsAt = body.endLocal ? instantOf(body.endLocal, body.timezone) : addMinutes(startsAt, body.durationMinutes ?? 60);
    const id = await db.transaction(async (tx) => {
      const targets = await resolveTargets(tx, organiser.path, body.target);
      if (body.target.mode === 'list' && targets.length !== new Set(body.target.unitIds).size) throw errors.inviteesOutsideScope();
      if (targets.length === 0) throw errors.noInvitees();
      const [inserted] = await tx
        .insert(meetings)
        .values({
          title: body.title,
          startsAt,
          endsAt,
          timezone: body.timezone,
          mode: body.mode,
          link: body.link ?? null,
          location: body.location ?? null,
          agenda: body.agenda ?? null,
          chairPositionId: body.chairPositionId,
          organiserUnitId: organiser.id,
          organiserUnitPath: organiser.path,
          target: body.target,
          createdByUserId: principal.userId,
          createdByPositionId: principal.position.id,
        })
        .returning({ id: meetings.id });
      if (!inserted) throw new Error('meeting insert returned nothing');
      const rows = invitationRows(inserted.id, targets);
      for (let i = 0; i < rows.length; i += INSERT_BATCH) await tx.insert(meetingInvitations).values(rows.slice(i, i + INSERT_BATCH));
      await audit.record(tx, auditActor(principal), {
        action: 'meetings.created',
        subjectType: 'meeting',
        subjectId: inserted.id,
        unitId: organiser.id,
        unitPath: organiser.path,
        summary: { title: body.title, startsAt: startsAt.toISOString(), invited: rows.length },
      });
      return inserted.id;
    });
    return get(principal, id);
  }

  /** The organiser's minutes; decisions already turned into directives keep their place and link. */
  async function saveMinutes(principal: Principal, id: string, body: SaveMinutesBody) {
    await db.transaction(async (tx) => {
      const meeting = await lockManagedMeeting(tx, principal, id);
      if (meeting.decisions.some((d, i) => d.directiveId && i >= body.decisions.length)) throw errors.decisionLinked();
      const decisions: StoredDecision[] = body.decisions.map((d, i) => ({ ...d, directiveId: meeting.decisions[i]?.directiveId ?? null }));
      await tx.update(meetings).set({ minutesText: body.text, decisions, minutesUpdatedAt: clock() }).where(eq(meetings.id, id));
      await recordOnMeeting(tx, principal, meeting, 'meetings.minutes_saved', { decisions: decisions.length });
    });
    return get(principal, id);
  }

  /** One decision becomes a directive draft (once): same invitees as target, due 14 days after the meeting. */
  async function decisionToDirective(principal: Principal, id: string, index: number) {
    return db.transaction(async (tx) => {
      const meeting = await lockManagedMeeting(tx, principal, id);
      if (!canCreateDirective(principal, meeting)) throw errors.cannotCreateDirective();
      const decision = meeting.decisions[index];
      if (!decision) throw errors.decisionNotFound();
      if (decision.directiveId) throw errors.decisionHasDirective(decision.directiveId);
      const directive = await directivesOn(tx).create(
        principal,
        CreateDirectiveBodySchema.parse({
          source: 'meeting',
          reference: referenceOf(meeting.title, meeting.startsAt, meeting.timezone),
          title: decision.title,
          body: decision.body,
          target: meeting.target,
          due: { local: addDays(localOf(meeting.startsAt, meeting.timezone), DIRECTIVE_DUE_DAYS), zone: meeting.timezone },
        }),
      );
      const decisions = meeting.decisions.map((d, i) => (i === index ? { ...d, directiveId: directive.id } : d));
      await tx.update(meetings).set({ decisions }).where(eq(meetings.id, id));
      await recordOnMeeting(tx, principal, meeting, 'meetings.decision_directive_created', { index, directiveId: directive.id });
      return directive;
    });
  }

  return { list, get, create, chairOptions, saveMinutes, decisionToDirective, ...createAttendance({ db, audit, clock }) };
}
