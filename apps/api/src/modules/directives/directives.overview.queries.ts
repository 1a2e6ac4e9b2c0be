import { and, asc, eq, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, directives } from './directives.table.js';
import { overdueAt } from './directives.queries.js';

/** Narrows follow-ups to one directive and/or the directives carrying a tag. */
export type ProgressFilter = { directiveId?: string; tag?: string };

export type UnitProgressRow = {
  unitId: string;
  unitName: string;
  unitKind: 'ministry' | 'hq' | 'kanwil' | 'upt';
  kanwilId: string | null;
  lat: number | null;
  lng: number | null;
  assigned: number;
  reported: number;
  verified: number;
  overdue: number;
};

// Statuses other than these count as neither reported nor verified.
const REPORTED = sql`${assignments.status} in ('dilaporkan', 'dilaporkan_ulang', 'terverifikasi')`;
const VERIFIED = sql`${assignments.status} = 'terverifikasi'`;

/**
 * Follow-up assignments of units in scope, narrowed by the filter: windows already open, and not
 * exempted (an exempted unit is no longer a target, as in the directive roll-up).
 */
function followUpsWhere(scopePath: string, f: ProgressFilter, now: Date): SQL {
  return and(
    eq(assignments.role, 'follow_up'),
    ne(assignments.status, 'dikecualikan'),
    sql`${assignments.windowStart} <= ${now.toISOString()}`,
    withinPath(assignments.unitPath, scopePath),
    f.directiveId ? eq(assignments.directiveId, f.directiveId) : undefined,
    f.tag
      ? sql`exists (select 1 from ${directives} where ${directives.id} = ${assignments.directiveId} and ${directives.tags} @> ${JSON.stringify([f.tag])}::jsonb)`
      : undefined,
  ) as SQL;
}

/** Issued directives with follow-ups in scope, and those of them with a follow-up not yet verified. */
export async function countDirectives(db: Db, scopePath: string, f: ProgressFilter, now: Date): Promise<{ issued: number; open: number }> {
  const perDirective = db
    .select({ open: sql<boolean>`bool_or(not (${VERIFIED}))`.as('open') })
    .from(assignments)
    .where(followUpsWhere(scopePath, f, now))
    .groupBy(assignments.directiveId)
    .as('per_directive');
  const [row] = await db
    .select({ issued: sql<number>`count(*)::int`, open: sql<number>`count(*) filter (where ${perDirective.open})::int` })
    .from(perDirective);
  return { issued: row?.issued ?? 0, open: row?.open ?? 0 };
}

/**
 * One row per unit in scope that has follow-ups, a position on the map, or is a Kanwil: its
 * follow-up counts (zero when none). One pass over the assignments, grouped by unit.
 */
export async function unitProgress(db: Db, scopePath: string, f: ProgressFilter, now: Date): Promise<UnitProgressRow[]> {
  const perUnit = db
    .select({
      unitId: sql<string>`${assignments.unitId}`.as('agg_unit_id'),
      assigned: sql<number>`count(*)::int`.as('assigned'),
      reported: sql<number>`(count(*) filter (where ${REPORTED}))::int`.as('reported'),
      verified: sql<number>`(count(*) filter (where ${VERIFIED}))::int`.as('verified'),
      overdue: sql<number>`(count(*) filter (where ${overdueAt(now)}))::int`.as('overdue'),
    })
    .from(assignments)
    .where(followUpsWhere(scopePath, f, now))
    .groupBy(assignments.unitId)
    .as('per_unit');
  return db
    .select({
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitKind: orgUnits.kind,
      kanwilId: orgUnits.kanwilId,
      lat: orgUnits.lat,
      lng: orgUnits.lng,
      assigned: sql<number>`coalesce(${perUnit.assigned}, 0)`,
      reported: sql<number>`coalesce(${perUnit.reported}, 0)`,
      verified: sql<number>`coalesce(${perUnit.verified}, 0)`,
      overdue: sql<number>`coalesce(${perUnit.overdue}, 0)`,
    })
    .from(orgUnits)
    .leftJoin(perUnit, eq(perUnit.unitId, orgUnits.id))
    .where(
      and(
        withinPath(orgUnits.path, scopePath),
        or(isNotNull(perUnit.unitId), and(isNotNull(orgUnits.lat), isNotNull(orgUnits.lng)), eq(orgUnits.kind, 'kanwil')),
      ),
    )
    .orderBy(asc(orgUnits.name));
}

/**
 * The most late follow-ups in scope, earliest due first (walks assignments_overdue_idx in order;
 * how many there are in all is the sum of unitProgress's overdue).
 */
export async function overdueFollowUps(db: Db, scopePath: string, f: ProgressFilter, now: Date, limit: number) {
  return db
    .select({
      assignmentId: assignments.id,
      unitId: assignments.unitId,
      unitName: orgUnits.name,
      unitTimezone: orgUnits.timezone,
      directiveId: assignments.directiveId,
      directiveTitle: directives.title,
      dueAt: assignments.dueAt,
    })
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .where(and(followUpsWhere(scopePath, f, now), overdueAt(now)))
    .orderBy(asc(assignments.dueAt), asc(orgUnits.name), asc(assignments.id))
    .limit(limit);
}
