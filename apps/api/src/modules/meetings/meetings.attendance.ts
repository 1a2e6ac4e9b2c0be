import { eq } from 'drizzle-orm';
import type { CheckInBody, RecordAttendanceBody, TimeZone } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { meetingInvitations } from './meetings.table.js';
import * as q from './meetings.queries.js';
import { inCheckInWindow } from './meetings.policy.js';
import { lockManagedMeeting } from './meetings.guards.js';
import { toAttendance, toAttendanceUnit } from './meetings.mappers.js';
import { checkInOpensAt, localOf } from './meetings.time.js';
import * as errors from './meetings.errors.js';

const ZONE_LABEL: Record<TimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** "29-08-2025 08.30 WIB", as the window appears in an error message. */
function wallClock(instant: Date, zone: TimeZone): string {
  const [date = '', time = ''] = localOf(instant, zone).split('T');
  return `${date.split('-').reverse().join('-')} ${time.replace(':', '.')} ${ZONE_LABEL[zone]}`;
}

/** Check-in by the invited unit, recording by the organiser, and the rates per Kanwil. */
export function createAttendance(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db, audit, clock } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function saveAttendance(
    tx: Db,
    principal: Principal,
    invitation: q.InvitationRow,
    change: { staffCount: number | null; byOrganiser: boolean },
  ) {
    const now = clock();
    await tx
      .update(meetingInvitations)
      .set({
        staffCount: change.staffCount,
        checkedInAt: change.staffCount === null ? null : (invitation.checkedInAt ?? now),
        recordedByUserId: principal.userId,
        recordedByName: principal.name,
        recordedByPosition: principal.position.title,
        byOrganiser: change.byOrganiser,
      })
      .where(eq(meetingInvitations.id, invitation.id));
    await audit.record(tx, auditActor(principal), {
      action: change.byOrganiser ? 'meetings.attendance_recorded' : 'meetings.checked_in',
      subjectType: 'meeting',
      subjectId: invitation.meetingId,
      unitId: invitation.unitId,
      unitPath: invitation.unitPath,
      summary: { staffCount: change.staffCount, previous: invitation.staffCount },
    });
  }

  async function unitRow(principal: Principal, meetingId: string, unitId: string) {
    const rows = await q.attendanceUnits(db, meetingId, scopeOf(principal));
    const row = rows.find((r) => r.invitation.unitId === unitId);
    if (!row) throw errors.invitationNotFound();
    return toAttendanceUnit(row);
  }

  /** The caller's own unit says it is present, with how many staff, from 30 minutes before the start until the end. */
  async function checkIn(principal: Principal, meetingId: string, body: CheckInBody) {
    await db.transaction(async (tx) => {
      // No lock on the meeting: every unit in the country checks in at once; each writes its own row.
      const meeting = (await q.findMeeting(tx, scopeOf(principal), meetingId))?.meeting;
      if (!meeting) throw errors.meetingNotFound();
      const invitation = await q.findInvitation(tx, meetingId, principal.position.unitId);
      if (!invitation) throw errors.notInvited();
      if (!inCheckInWindow(meeting, clock())) {
        throw errors.outsideWindow(wallClock(checkInOpensAt(meeting.startsAt), meeting.timezone), wallClock(meeting.endsAt, meeting.timezone));
      }
      await saveAttendance(tx, principal, invitation, { staffCount: body.staffCount, byOrganiser: false });
    });
    return unitRow(principal, meetingId, principal.position.unitId);
  }

  /** The organiser records or corrects any invited unit's attendance, at any time (null: did not attend). */
  async function recordAttendance(principal: Principal, meetingId: string, unitId: string, body: RecordAttendanceBody) {
    await db.transaction(async (tx) => {
      await lockManagedMeeting(tx, principal, meetingId);
      const invitation = await q.findInvitation(tx, meetingId, unitId);
      if (!invitation) throw errors.invitationNotFound();
      await saveAttendance(tx, principal, invitation, { staffCount: body.staffCount, byOrganiser: true });
    });
    return unitRow(principal, meetingId, unitId);
  }

  /** Rates per Kanwil and nationally, and the unit rows, over the invited units in the caller's subtree. */
  async function attendance(principal: Principal, meetingId: string) {
    if (!(await q.findMeeting(db, scopeOf(principal), meetingId))) throw errors.meetingNotFound();
    const [rates, units] = await Promise.all([
      q.attendanceRates(db, meetingId, scopeOf(principal)),
      q.attendanceUnits(db, meetingId, scopeOf(principal)),
    ]);
    const names = await q.findUnitNames(db, rates.map((r) => r.kanwilId).filter((k): k is string => k !== null));
    return toAttendance(rates, names, units.map(toAttendanceUnit));
  }

  return { checkIn, recordAttendance, attendance };
}
