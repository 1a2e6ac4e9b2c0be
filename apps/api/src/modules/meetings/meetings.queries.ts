import { and, asc, count, desc, eq, exists, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { containsText, withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { positions, users } from '../users/index.js';
import { meetingInvitations, meetings } from './meetings.table.js';

export type MeetingRow = typeof meetings.$inferSelect;
export type InvitationRow = typeof meetingInvitations.$inferSelect;

export async function findUnitInScope(db: Db, scopePath: string, id: string) {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), withinPath(orgUnits.path, scopePath)));
  return row ?? null;
}

const chairColumns = { positionId: positions.id, title: positions.title, holderName: users.name, unitName: orgUnits.name };

/** Active positions in a subtree that may chair a meeting (leaders and admins). */
export async function listChairOptions(db: Db, scopePath: string, q?: string) {
  return db
    .select(chairColumns)
    .from(positions)
    .innerJoin(users, eq(users.id, positions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(
      and(
        withinPath(orgUnits.path, scopePath),
        isNull(positions.endedAt),
        inArray(positions.role, ['leader', 'admin']),
        q ? or(containsText(positions.title, q), containsText(users.name, q)) : undefined,
      ),
    )
    .orderBy(asc(orgUnits.path), asc(positions.title))
    .limit(50);
}

export async function findChairInScope(db: Db, scopePath: string, positionId: string) {
  const [row] = await db
    .select(chairColumns)
    .from(positions)
    .innerJoin(users, eq(users.id, positions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(and(eq(positions.id, positionId), isNull(positions.endedAt), withinPath(orgUnits.path, scopePath)));
  return row ?? null;
}

/** Organised in the subtree, or inviting a unit of it. */
function visibleTo(scopePath: string): SQL {
  return or(
    withinPath(meetings.organiserUnitPath, scopePath),
    exists(
      sql`(select 1 from ${meetingInvitations} where ${meetingInvitations.meetingId} = ${meetings.id} and ${withinPath(meetingInvitations.unitPath, scopePath)})`,
    ),
  ) as SQL;
}

const meetingColumns = {
  meeting: meetings,
  chairTitle: positions.title,
  chairHolderName: users.name,
  organiserUnitName: orgUnits.name,
};
export type MeetingListRow = { meeting: MeetingRow; chairTitle: string; chairHolderName: string | null; organiserUnitName: string };

function selectMeetings(db: Db) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(positions, eq(positions.id, meetings.chairPositionId))
    .leftJoin(users, eq(users.id, positions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, meetings.organiserUnitId));
}

/** Upcoming (not yet ended, soonest first) or past (latest first). */
export async function listMeetings(db: Db, scopePath: string, f: { when: 'upcoming' | 'past'; now: Date; limit: number; offset: number }) {
  const where = and(visibleTo(scopePath), f.when === 'upcoming' ? gte(meetings.endsAt, f.now) : lt(meetings.endsAt, f.now));
  const order = f.when === 'upcoming' ? [asc(meetings.startsAt), asc(meetings.id)] : [desc(meetings.startsAt), desc(meetings.id)];
  const [items, [total]] = await Promise.all([
    selectMeetings(db).where(where).orderBy(...order).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(meetings).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findMeeting(db: Db, scopePath: string, id: string): Promise<MeetingListRow | null> {
  const [row] = await selectMeetings(db).where(and(eq(meetings.id, id), visibleTo(scopePath)));
  return row ?? null;
}

/** Locks a visible meeting for the rest of the transaction. */
export async function lockMeeting(db: Db, scopePath: string, id: string): Promise<MeetingRow | null> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), visibleTo(scopePath)))
    .for('update');
  return row ?? null;
}

export async function countInvitations(db: Db, meetingIds: string[]): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({ id: meetingInvitations.meetingId, n: count() })
    .from(meetingInvitations)
    .where(inArray(meetingInvitations.meetingId, meetingIds))
    .groupBy(meetingInvitations.meetingId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The invitations of one unit to several meetings, keyed by meeting. */
export async function invitationsOfUnit(db: Db, unitId: string, meetingIds: string[]): Promise<Map<string, InvitationRow>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.unitId, unitId), inArray(meetingInvitations.meetingId, meetingIds)));
  return new Map(rows.map((r) => [r.meetingId, r]));
}

export async function findInvitation(db: Db, meetingId: string, unitId: string): Promise<InvitationRow | null> {
  const [row] = await db
    .select()
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.unitId, unitId)));
  return row ?? null;
}

/**
 * Invited, attended, staff and rate per Kanwil plus the national line (grouping sets), over the
 * invitations in the caller's subtree. A unit counts as attending once a staff count is recorded.
 */
export async function attendanceRates(db: Db, meetingId: string, scopePath: string) {
  const kanwil = meetingInvitations.kanwilId;
  return db
    .select({
      kanwilId: kanwil,
      national: sql<boolean>`grouping(${kanwil}) = 1`,
      invited: sql<number>`count(*)::int`,
      attended: sql<number>`count(${meetingInvitations.staffCount})::int`,
      staff: sql<number>`coalesce(sum(${meetingInvitations.staffCount}), 0)::int`,
      ratePercent: sql<number>`coalesce(round(100.0 * count(${meetingInvitations.staffCount}) / nullif(count(*), 0), 1), 0)::float8`,
    })
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.meetingId, meetingId), withinPath(meetingInvitations.unitPath, scopePath)))
    .groupBy(sql`grouping sets ((${kanwil}), ())`);
}

export async function attendanceUnits(db: Db, meetingId: string, scopePath: string) {
  return db
    .select({ invitation: meetingInvitations, unitName: orgUnits.name })
    .from(meetingInvitations)
    .innerJoin(orgUnits, eq(orgUnits.id, meetingInvitations.unitId))
    .where(and(eq(meetingInvitations.meetingId, meetingId), withinPath(meetingInvitations.unitPath, scopePath)))
    .orderBy(asc(orgUnits.path));
}

export async function findUnitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
