import type { AttendanceUnit, Meeting, MeetingAttendance } from '@selaras/contracts';
import type { InvitationRow, MeetingListRow } from './meetings.queries.js';
import { checkInOpensAt, localOf } from './meetings.time.js';

export function toMeeting(
  r: MeetingListRow,
  extra: { invitedCount: number; own: (InvitationRow & { unitName: string }) | null; abilities: Meeting['abilities'] },
): Meeting {
  const m = r.meeting;
  const own = extra.own;
  return {
    id: m.id,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timezone: m.timezone,
    startLocal: localOf(m.startsAt, m.timezone),
    mode: m.mode,
    link: m.link,
    location: m.location,
    agenda: m.agenda,
    chair: { positionId: m.chairPositionId, title: r.chairTitle, holderName: r.chairHolderName },
    organiserUnitId: m.organiserUnitId,
    organiserUnitName: r.organiserUnitName,
    target: m.target,
    invitedCount: extra.invitedCount,
    checkInOpensAt: checkInOpensAt(m.startsAt).toISOString(),
    ownInvitation: own
      ? { unitId: own.unitId, unitName: own.unitName, staffCount: own.staffCount, checkedInAt: own.checkedInAt?.toISOString() ?? null }
      : null,
    minutes: {
      text: m.minutesText,
      decisions: m.decisions.map((d, index) => ({ index, title: d.title, body: d.body, directiveId: d.directiveId })),
      updatedAt: m.minutesUpdatedAt?.toISOString() ?? null,
    },
    abilities: extra.abilities,
  };
}

export function toAttendanceUnit(r: { invitation: InvitationRow; unitName: string }): AttendanceUnit {
  const i = r.invitation;
  return {
    unitId: i.unitId,
    unitName: r.unitName,
    kanwilId: i.kanwilId,
    staffCount: i.staffCount,
    checkedInAt: i.checkedInAt?.toISOString() ?? null,
    recordedByName: i.recordedByName,
    recordedByPosition: i.recordedByPosition,
    byOrganiser: i.byOrganiser,
  };
}

type RateRow = { kanwilId: string | null; national: boolean; invited: number; attended: number; staff: number; ratePercent: number };

/** The national line and one line per Kanwil (units above Kanwil level count only nationally). */
export function toAttendance(rates: RateRow[], kanwilNames: Map<string, string>, units: AttendanceUnit[]): MeetingAttendance {
  const line = (r: RateRow) => ({ invited: r.invited, attended: r.attended, staff: r.staff, ratePercent: r.ratePercent });
  const national = rates.find((r) => r.national);
  const kanwil = rates
    .filter((r): r is RateRow & { kanwilId: string } => !r.national && r.kanwilId !== null)
    .map((r) => ({ unitId: r.kanwilId, unitName: kanwilNames.get(r.kanwilId) ?? '', ...line(r) }))
    .sort((a, b) => b.ratePercent - a.ratePercent || a.unitName.localeCompare(b.unitName));
  return { national: national ? line(national) : { invited: 0, attended: 0, staff: 0, ratePercent: 0 }, kanwil, units };
}
