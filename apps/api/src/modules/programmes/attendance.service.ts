import {
  ATTENDANCE_RECORDING_WINDOW_DAYS,
  type AttendanceCounts,
  type ProgrammeSession,
  type ProgrammeSessionList,
  type ProgrammeSessionParams,
  type ProgrammeSessionsQuery,
  type RecordSessionAttendanceBody,
  type SessionAttendance,
} from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import { daysBetween, sessionTimes, slotAt, slotsBetween, weekAround, type SlotOnDate } from './attendance.calendar.js';
import { entryIssues, recordingWindow } from './attendance.policy.js';
import * as q from './attendance.queries.js';
import * as errors from './attendance.errors.js';

/** A session list covers at most this many days. */
export const MAX_SESSION_RANGE_DAYS = 92;

export type AttendanceServiceDeps = { db: Db; audit: Audit; clock: () => Date };

const plausible = (day: string) => day >= '2000-01-01' && day <= '2100-12-31';

function toSession(programme: q.ProgrammeForAttendance, slot: SlotOnDate, stored: { id: string; counts: AttendanceCounts } | null): ProgrammeSession {
  const times = sessionTimes(slot, programme.timeZone);
  const counts = stored?.counts ?? q.emptyCounts();
  return {
    id: stored?.id ?? null,
    ...slot,
    startsAt: times.startsAt.toISOString(),
    endsAt: times.endsAt.toISOString(),
    hours: times.hours,
    timeZone: programme.timeZone,
    taken: Object.values(counts).some((n) => n > 0),
    counts,
  };
}

function countRoster(roster: q.RosterMember[]): AttendanceCounts {
  const counts = q.emptyCounts();
  for (const member of roster) if (member.status) counts[member.status] += 1;
  return counts;
}

export function createAttendanceService(deps: AttendanceServiceDeps) {
  const { db, audit, clock } = deps;

  async function programmeInScope(principal: Principal, id: string): Promise<q.ProgrammeForAttendance> {
    const programme = await q.findProgramme(db, id);
    if (!programme || !inScope(principal, programme.unitPath)) throw errors.programmeNotFound();
    return programme;
  }

  function slotOf(programme: q.ProgrammeForAttendance, params: ProgrammeSessionParams): SlotOnDate {
    const slot = slotAt(programme, params.date, params.start);
    if (!slot) throw errors.sessionNotFound();
    return slot;
  }

  async function materialise(handle: Db, programme: q.ProgrammeForAttendance, slot: SlotOnDate) {
    const times = sessionTimes(slot, programme.timeZone);
    return q.materialiseSession(handle, { programmeId: programme.id, unitPath: programme.unitPath, ...slot, ...times });
  }

  async function registerOf(
    handle: Db,
    principal: Principal,
    programme: q.ProgrammeForAttendance,
    session: q.SessionRow,
    slot: SlotOnDate,
  ): Promise<SessionAttendance> {
    const members = await q.roster(handle, programme.id, session.id, slot.date);
    const window = recordingWindow(session.startsAt, clock());
    const mayManage = can(principal, 'programmes:manage');
    return {
      programmeId: programme.id,
      programmeName: programme.name,
      unitName: programme.unitName,
      session: toSession(programme, slot, { id: session.id, counts: countRoster(members) }),
      roster: members.map((m) => ({ ...m, recordedAt: m.recordedAt ? m.recordedAt.toISOString() : null })),
      abilities: { record: mayManage && window === 'open' },
      closedReason: mayManage && window !== 'open' ? window : null,
    };
  }

  /** The timetable's sessions in a range (default: this week in the unit's zone), with counts where recorded. */
  async function sessions(principal: Principal, programmeId: string, query: ProgrammeSessionsQuery): Promise<ProgrammeSessionList> {
    const programme = await programmeInScope(principal, programmeId);
    const week = weekAround(clock(), programme.timeZone);
    const from = query.from ?? (query.to ? query.to : week.from);
    const to = query.to ?? (query.from ? query.from : week.to);
    if (!plausible(from) || !plausible(to) || from > to || daysBetween(from, to) >= MAX_SESSION_RANGE_DAYS) {
      throw errors.badRange(MAX_SESSION_RANGE_DAYS);
    }
    const stored = await q.sessionsWithCounts(db, programme.id, from, to);
    const byKey = new Map(stored.map((s) => [`${s.date} ${s.start}`, s]));
    const items = slotsBetween(programme, from, to).map((slot) => {
      const row = byKey.get(`${slot.date} ${slot.start}`);
      const counts = row ? { hadir: row.hadir, izin: row.izin, sakit: row.sakit, alpa: row.alpa, lainnya: row.lainnya } : null;
      return toSession(programme, slot, row && counts ? { id: row.id, counts } : null);
    });
    return { programmeId: programme.id, programmeName: programme.name, timeZone: programme.timeZone, from, to, items };
  }

  /** The roster of one session with what was recorded; opening it materialises the session. */
  async function register(principal: Principal, params: ProgrammeSessionParams): Promise<SessionAttendance> {
    const programme = await programmeInScope(principal, params.id);
    const slot = slotOf(programme, params);
    const session = await materialise(db, programme, slot);
    return registerOf(db, principal, programme, session, slot);
  }

  /** Records the whole register of a session: upsert per inmate, idempotent, audited with the counts. */
  async function record(principal: Principal, params: ProgrammeSessionParams, body: RecordSessionAttendanceBody): Promise<SessionAttendance> {
    const programme = await programmeInScope(principal, params.id);
    if (programme.archived) throw errors.programmeArchived();
    const slot = slotOf(programme, params);
    const now = clock();
    const window = recordingWindow(sessionTimes(slot, programme.timeZone).startsAt, now);
    if (window === 'belum_dimulai') throw errors.sessionNotStarted();
    if (window === 'terlalu_lama') throw errors.sessionTooOld(ATTENDANCE_RECORDING_WINDOW_DAYS);
    return db.transaction(async (tx) => {
      const session = await materialise(tx, programme, slot);
      await q.lockSession(tx, session.id);
      const members = new Map((await q.roster(tx, programme.id, session.id, slot.date)).map((m) => [m.inmateId, m]));
      const seen = new Set<string>();
      const issues = body.entries.flatMap((entry, index) => {
        const found = entryIssues(entry, index, members.has(entry.inmateId), seen);
        seen.add(entry.inmateId);
        return found;
      });
      if (issues.length > 0) throw errors.entriesInvalid(issues);
      const writes = body.entries
        .map((e) => ({ ...e, reasonCode: e.reasonCode ?? null, note: e.note ? e.note : null }))
        .filter((e) => {
          const before = members.get(e.inmateId);
          return !before || before.status !== e.status || before.reasonCode !== e.reasonCode || before.note !== e.note;
        })
        .map((e) => ({ ...e, sessionId: session.id, recordedByUserId: principal.userId, recordedAt: now }));
      await q.upsertAttendance(tx, writes);
      const result = await registerOf(tx, principal, programme, session, slot);
      await audit.record(tx, auditActor(principal), {
        action: 'programmes.attendance_recorded',
        subjectType: 'programme_session',
        subjectId: session.id,
        unitId: programme.unitId,
        unitPath: programme.unitPath,
        summary: { programmeId: programme.id, date: slot.date, start: slot.start, entries: body.entries.length, changed: writes.length, counts: result.session.counts },
      });
      return result;
    });
  }

  return { sessions, register, record };
}
export type AttendanceService = ReturnType<typeof createAttendanceService>;
