// Read-only queries for reminders and digests (the notifications module reads them through index.ts).
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, directives } from './directives.table.js';
import { overdueAt } from './directives.queries.js';

const UNREPORTED = ['belum_dimulai', 'dalam_proses', 'dikembalikan'] as const;

export type ReminderCandidate = {
  assignmentId: string;
  directiveId: string;
  directiveTitle: string;
  unitId: string;
  unitName: string;
  unitTimezone: string;
  parentUnitId: string | null;
  dueAt: Date;
  status: string;
  offsetDays: number;
};

/** 00:00 in the unit's zone, `days` days from the local due day (negative: before it). */
function offsetStart(days: number): SQL {
  return sql`((${assignments.dueAt} at time zone ${orgUnits.timezone})::date + ${days}::int)::timestamp at time zone ${orgUnits.timezone}`;
}

/**
 * Follow-ups of issued directives still unreported whose reminder `offsetDays` has been reached at `now`
 * in the unit's own zone, no longer ago than `catchUpHours` (a scheduler that was down does not flood).
 */
export async function findDueReminders(db: Db, now: Date, offsetDays: number, catchUpHours: number): Promise<ReminderCandidate[]> {
  const start = offsetStart(offsetDays);
  const at = now.toISOString();
  const rows = await db
    .select({
      assignmentId: assignments.id,
      directiveId: directives.id,
      directiveTitle: directives.title,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitTimezone: orgUnits.timezone,
      parentUnitId: orgUnits.parentId,
      dueAt: assignments.dueAt,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .where(
      and(
        eq(directives.status, 'issued'),
        eq(assignments.role, 'follow_up'),
        inArray(assignments.status, [...UNREPORTED]),
        sql`${start} <= ${at}::timestamptz`,
        sql`${start} > ${at}::timestamptz - make_interval(hours => ${catchUpHours}::int)`,
      ),
    )
    .orderBy(asc(assignments.dueAt), asc(assignments.id));
  return rows.map((r) => ({ ...r, offsetDays }));
}

export type DigestLine = { directiveId: string; title: string; targets: number; reported: number; verified: number; overdue: number };

/** Per issued directive with follow-ups in the subtree not all verified: reported, verified and overdue counts. */
export async function digestLines(db: Db, scopePath: string, now: Date): Promise<DigestLine[]> {
  const reported = sql`${assignments.status} in ('dilaporkan', 'dilaporkan_ulang', 'terverifikasi')`;
  const verified = sql`${assignments.status} = 'terverifikasi'`;
  return db
    .select({
      directiveId: directives.id,
      title: directives.title,
      targets: sql<number>`count(*)::int`,
      reported: sql<number>`(count(*) filter (where ${reported}))::int`,
      verified: sql<number>`(count(*) filter (where ${verified}))::int`,
      overdue: sql<number>`(count(*) filter (where ${overdueAt(now)}))::int`,
    })
    .from(assignments)
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .where(and(eq(directives.status, 'issued'), eq(assignments.role, 'follow_up'), withinPath(assignments.unitPath, scopePath)))
    .groupBy(directives.id, directives.title, directives.issuedAt)
    .having(sql`count(*) filter (where ${verified}) < count(*)`)
    .orderBy(asc(directives.issuedAt), asc(directives.id));
}
