import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, directives } from './directives.table.js';
import { assignmentRequests, reportDrafts } from './directives.requests.table.js';
import { overdueAt, pendingFollowUp } from './directives.queries.js';

export type RequestRow = typeof assignmentRequests.$inferSelect;
export type DraftRow = typeof reportDrafts.$inferSelect;

const requestColumns = {
  request: assignmentRequests,
  directiveId: assignments.directiveId,
  directiveTitle: directives.title,
  verifiedBy: directives.verifiedBy,
  role: assignments.role,
  status: assignments.status,
  unitId: assignments.unitId,
  unitName: orgUnits.name,
  unitTimezone: orgUnits.timezone,
};
export type RequestListRow = Awaited<ReturnType<typeof listRequests>>['items'][number];

function requestsJoined(db: Db) {
  return db
    .select(requestColumns)
    .from(assignmentRequests)
    .innerJoin(assignments, eq(assignments.id, assignmentRequests.assignmentId))
    .innerJoin(directives, eq(directives.id, assignments.directiveId))
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId));
}

/** Requests on assignments in the caller's subtree, oldest first (a queue). */
export async function listRequests(
  db: Db,
  scopePath: string,
  f: { status?: RequestRow['status']; limit: number; offset: number },
) {
  const where = and(
    withinPath(assignmentRequests.unitPath, scopePath),
    f.status ? eq(assignmentRequests.status, f.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    requestsJoined(db)
      .where(where)
      .orderBy(asc(assignmentRequests.requestedAt), asc(assignmentRequests.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(assignmentRequests).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function listRequestsOfAssignment(db: Db, assignmentId: string) {
  return requestsJoined(db)
    .where(eq(assignmentRequests.assignmentId, assignmentId))
    .orderBy(desc(assignmentRequests.requestedAt));
}

export async function findRequest(db: Db, scopePath: string, id: string) {
  const [row] = await requestsJoined(db).where(
    and(eq(assignmentRequests.id, id), withinPath(assignmentRequests.unitPath, scopePath)),
  );
  return row ?? null;
}

/** Finds a request in scope and locks it for the rest of the transaction. */
export async function lockRequest(db: Db, scopePath: string, id: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(assignmentRequests)
    .where(and(eq(assignmentRequests.id, id), withinPath(assignmentRequests.unitPath, scopePath)))
    .for('update');
  return row ?? null;
}

export async function findDraft(db: Db, assignmentId: string): Promise<DraftRow | null> {
  const [row] = await db.select().from(reportDrafts).where(eq(reportDrafts.assignmentId, assignmentId));
  return row ?? null;
}

export async function upsertDraft(db: Db, draft: Omit<DraftRow, 'createdAt' | 'updatedAt'>): Promise<DraftRow> {
  const { assignmentId, ...rest } = draft;
  const [row] = await db
    .insert(reportDrafts)
    .values(draft)
    .onConflictDoUpdate({ target: reportDrafts.assignmentId, set: rest })
    .returning();
  if (!row) throw new Error(`draft upsert for ${assignmentId} returned nothing`);
  return row;
}

/** "Belum melapor" per Kanwil across every issued directive, within the caller's subtree. */
export async function pendingByKanwil(db: Db, scopePath: string, now: Date) {
  // A Kanwil that is itself a target counts under its own row.
  const kanwilOf = sql<string>`coalesce(${orgUnits.kanwilId}, ${orgUnits.id})`;
  return db
    .select({
      kanwilId: kanwilOf,
      pending: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${overdueAt(now)})::int`,
    })
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .where(and(pendingFollowUp(), withinPath(assignments.unitPath, scopePath)))
    .groupBy(kanwilOf);
}
