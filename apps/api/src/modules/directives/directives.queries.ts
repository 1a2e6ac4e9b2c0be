import { and, asc, count, desc, eq, exists, inArray, not, or, sql, type SQL } from 'drizzle-orm';
import type { Metric, TargetSelector } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { containsText, withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, directives, reports } from './directives.table.js';
import { assignmentRequests } from './directives.requests.table.js';

export type DirectiveRow = typeof directives.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type TargetUnit = { id: string; path: string; kind: 'ministry' | 'hq' | 'kanwil' | 'upt'; kanwilId: string | null; timezone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' };

/** The units a selector names, restricted to the issuer's subtree. */
export async function resolveTargets(db: Db, scopePath: string, target: TargetSelector): Promise<TargetUnit[]> {
  const columns = { id: orgUnits.id, path: orgUnits.path, kind: orgUnits.kind, kanwilId: orgUnits.kanwilId, timezone: orgUnits.timezone };
  const where =
    target.mode === 'list'
      ? and(withinPath(orgUnits.path, scopePath), inArray(orgUnits.id, target.unitIds))
      : and(
          withinPath(orgUnits.path, scopePath),
          eq(orgUnits.kind, 'upt'),
          target.types?.length ? inArray(orgUnits.type, target.types) : undefined,
          target.variants?.length ? inArray(orgUnits.variant, target.variants) : undefined,
          target.kanwilIds?.length ? inArray(orgUnits.kanwilId, target.kanwilIds) : undefined,
        );
  return db.select(columns).from(orgUnits).where(where);
}

export async function findUnitsByIds(db: Db, ids: string[]): Promise<TargetUnit[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: orgUnits.id, path: orgUnits.path, kind: orgUnits.kind, kanwilId: orgUnits.kanwilId, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
}

/** Issued by a unit in scope, or (once issued) sent to a unit in scope. */
function visibleTo(scopePath: string): SQL {
  return or(
    withinPath(directives.issuerUnitPath, scopePath),
    and(
      eq(directives.status, 'issued'),
      exists(sql`(select 1 from ${assignments} where ${assignments.directiveId} = ${directives.id} and ${withinPath(assignments.unitPath, scopePath)})`),
    ),
  ) as SQL;
}

export async function listDirectives(db: Db, scopePath: string, f: { status?: 'draft' | 'issued'; q?: string; limit: number; offset: number }) {
  const where = and(
    visibleTo(scopePath),
    f.status ? eq(directives.status, f.status) : undefined,
    f.q ? or(containsText(directives.title, f.q), containsText(directives.reference, f.q)) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select().from(directives).where(where).orderBy(desc(directives.createdAt), desc(directives.id)).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(directives).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findDirective(db: Db, scopePath: string, id: string): Promise<DirectiveRow | null> {
  const [row] = await db.select().from(directives).where(and(eq(directives.id, id), visibleTo(scopePath)));
  return row ?? null;
}

export async function countAssignments(db: Db, directiveIds: string[], role?: 'follow_up' | 'verify'): Promise<Map<string, number>> {
  if (directiveIds.length === 0) return new Map();
  const rows = await db
    .select({ id: assignments.directiveId, n: count() })
    .from(assignments)
    .where(and(inArray(assignments.directiveId, directiveIds), role ? eq(assignments.role, role) : undefined))
    .groupBy(assignments.directiveId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

const assignmentColumns = {
  assignment: assignments,
  directiveTitle: directives.title,
  verifiedBy: directives.verifiedBy,
  metrics: directives.metrics,
  unitName: orgUnits.name,
  unitKind: orgUnits.kind,
  unitTimezone: orgUnits.timezone,
  windowCount: directives.windowCount,
  openRequest: sql<boolean>`exists(select 1 from ${assignmentRequests} where ${assignmentRequests.assignmentId} = ${assignments.id} and ${assignmentRequests.status} = 'pending')`,
};

/** Window filter: one number, every window, or each assignment's current window (absent). */
export type WindowFilter = number | 'all' | undefined;

export type AssignmentListQuery = {
  directiveId?: string;
  status?: string;
  role?: 'follow_up' | 'verify';
  overdue?: 'true' | 'false';
  pending?: 'true' | 'false';
  window?: WindowFilter;
};

/** The list's query string as the list query takes it; a work list (no directive named) shows follow-ups unless verify rows are asked for. */
export function listFilter(f: AssignmentListQuery, now: Date) {
  return {
    ...f,
    role: f.role ?? (f.directiveId ? undefined : ('follow_up' as const)),
    overdue: f.overdue && { at: now, is: f.overdue === 'true' },
    pending: f.pending && f.pending === 'true',
    window: { filter: f.window, now },
  };
}

/**
 * The current window of each unit: no earlier window of the same unit is still ahead, and this one is
 * still ahead or is the last. A directive without recurrence has one window, so no lookup is needed
 * (the query joins `directives`).
 */
function currentWindowAt(now: Date): SQL {
  const at = now.toISOString();
  return sql`(${directives.windowCount} = 1 or (not exists (select 1 from ${assignments} prior where prior.directive_id = ${assignments.directiveId}
      and prior.unit_id = ${assignments.unitId} and prior.window_no < ${assignments.windowNo} and prior.due_at > ${at})
    and (${assignments.dueAt} > ${at} or not exists (select 1 from ${assignments} later where later.directive_id = ${assignments.directiveId}
      and later.unit_id = ${assignments.unitId} and later.window_no > ${assignments.windowNo}))))`;
}

function windowWhere(window: WindowFilter, now: Date): SQL | undefined {
  if (window === 'all') return undefined;
  return window === undefined ? currentWindowAt(now) : eq(assignments.windowNo, window);
}

export async function listAssignments(
  db: Db,
  scopePath: string,
  f: {
    directiveId?: string;
    status?: string;
    role?: 'follow_up' | 'verify';
    overdue?: { at: Date; is: boolean };
    pending?: boolean;
    window: { filter: WindowFilter; now: Date };
    limit: number;
    offset: number;
  },
) {
  const where = and(
    windowWhere(f.window.filter, f.window.now),
    withinPath(assignments.unitPath, scopePath),
    f.directiveId ? eq(assignments.directiveId, f.directiveId) : undefined,
    f.status ? eq(assignments.status, f.status as AssignmentRow['status']) : undefined,
    f.role ? eq(assignments.role, f.role) : undefined,
    f.overdue ? (f.overdue.is ? overdueAt(f.overdue.at) : not(overdueAt(f.overdue.at))) : undefined,
    f.pending === undefined ? undefined : f.pending ? pendingFollowUp() : not(pendingFollowUp()),
  );
  const [items, [total]] = await Promise.all([
    db
      .select(assignmentColumns)
      .from(assignments)
      .innerJoin(directives, eq(directives.id, assignments.directiveId))
      .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
      .where(where)
      .orderBy(asc(assignments.dueAt), asc(orgUnits.name), asc(assignments.windowNo), asc(assignments.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(assignments).innerJoin(directives, eq(directives.id, assignments.directiveId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findAssignment(db: Db, scopePath: string, id: string) {
  const [row] = await db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .where(and(eq(assignments.id, id), withinPath(assignments.unitPath, scopePath)));
  return row ?? null;
}

/** Locks an assignment in scope for the rest of the transaction; false when there is none. */
export async function lockAssignment(db: Db, scopePath: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.id, id), withinPath(assignments.unitPath, scopePath)))
    .for('update');
  return rows.length > 0;
}

export async function findUnitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A follow-up not yet reported ("belum melapor"). */
export function pendingFollowUp(): SQL {
  return and(eq(assignments.role, 'follow_up'), inArray(assignments.status, ['belum_dimulai', 'dalam_proses', 'dikembalikan'])) as SQL;
}

/** Not yet reported when the due time has passed. */
export function overdueAt(now: Date): SQL {
  return and(
    eq(assignments.role, 'follow_up'),
    inArray(assignments.status, ['belum_dimulai', 'dalam_proses', 'dikembalikan']),
    sql`${assignments.dueAt} < ${now.toISOString()}`,
  ) as SQL;
}

export async function listReports(db: Db, assignmentId: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(eq(reports.assignmentId, assignmentId)).orderBy(asc(reports.version));
}

/** The report this user already submitted on this assignment with this Idempotency-Key, if any. */
export async function findReportByKey(db: Db, assignmentId: string, userId: string, idempotencyKey: string): Promise<ReportRow | null> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.assignmentId, assignmentId), eq(reports.submittedByUserId, userId), eq(reports.idempotencyKey, idempotencyKey)));
  return row ?? null;
}

export async function latestReport(db: Db, assignmentId: string): Promise<ReportRow | null> {
  const [row] = await db.select().from(reports).where(eq(reports.assignmentId, assignmentId)).orderBy(desc(reports.version)).limit(1);
  return row ?? null;
}

/**
 * Per Kanwil: follow-up counts and metric totals (the service adds them up nationally),
 * "reported" (ever reported, verified included) and "verified" kept apart.
 */
export async function rollup(db: Db, directiveId: string, windowNo: number, scopePath: string, metrics: Metric[], now: Date) {
  const reported = sql`${assignments.status} in ('dilaporkan', 'dilaporkan_ulang', 'terverifikasi')`;
  const verified = sql`${assignments.status} = 'terverifikasi'`;
  const metricColumns = Object.fromEntries(
    metrics.flatMap((m) => {
      const value = sql`(${assignments.latestValues} ->> ${m.key})`;
      const agg = (filter: SQL) =>
        m.rollup === 'count'
          ? sql<number | null>`count(*) filter (where ${filter} and ${value} is not null and ${value} <> 'false')::float8`
          : sql<number | null>`${sql.raw(m.rollup)}(case when ${filter} and jsonb_typeof(${assignments.latestValues} -> ${m.key}) = 'number' then ${value}::numeric end)::float8`;
      return [
        [`${m.key}__reported`, agg(reported)],
        [`${m.key}__verified`, agg(verified)],
      ];
    }),
  );
  // A Kanwil that is itself a target counts under its own row.
  const kanwilOf = sql<string>`coalesce(${orgUnits.kanwilId}, ${orgUnits.id})`;
  return db
    .select({
      kanwilId: kanwilOf,
      targets: sql<number>`count(*)::int`,
      reported: sql<number>`count(*) filter (where ${reported})::int`,
      verified: sql<number>`count(*) filter (where ${verified})::int`,
      overdue: sql<number>`count(*) filter (where ${overdueAt(now)})::int`,
      ...metricColumns,
    })
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .where(
      and(
        eq(assignments.directiveId, directiveId),
        eq(assignments.windowNo, windowNo),
        eq(assignments.role, 'follow_up'),
        // An exempted unit is no longer counted as a target.
        not(eq(assignments.status, 'dikecualikan')),
        withinPath(assignments.unitPath, scopePath),
      ),
    )
    .groupBy(kanwilOf);
}
