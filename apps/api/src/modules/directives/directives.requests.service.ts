import { eq } from 'drizzle-orm';
import type { AssignmentRequest, CreateAssignmentRequestBody, DecideAssignmentRequestBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { assignments } from './directives.table.js';
import { assignmentRequests } from './directives.requests.table.js';
import * as q from './directives.queries.js';
import * as rq from './directives.requests.queries.js';
import { canDecideRequest, canRequest, NOT_YET_REPORTED, type AssignmentFacts } from './directives.policy.js';
import * as errors from './directives.errors.js';

export type RequestsService = ReturnType<typeof createRequestsService>;
type AssignmentJoined = NonNullable<Awaited<ReturnType<typeof q.findAssignment>>>;

export function factsOf(row: AssignmentJoined): AssignmentFacts {
  return {
    role: row.assignment.role,
    status: row.assignment.status,
    unitPath: row.assignment.unitPath,
    verifiedBy: row.verifiedBy,
  };
}

export function toRequest(principal: Principal, r: rq.RequestListRow): AssignmentRequest {
  const x = r.request;
  const facts: AssignmentFacts = { role: r.role, status: r.status, unitPath: x.unitPath, verifiedBy: r.verifiedBy };
  return {
    id: x.id,
    assignmentId: x.assignmentId,
    directiveId: r.directiveId,
    directiveTitle: r.directiveTitle,
    unitId: r.unitId,
    unitName: r.unitName,
    unitTimezone: r.unitTimezone,
    type: x.type,
    reasonCode: x.reasonCode,
    note: x.note,
    requestedDueAt: x.requestedDueAt?.toISOString() ?? null,
    dueAtWhenRequested: x.dueAtWhenRequested.toISOString(),
    status: x.status,
    requestedAt: x.requestedAt.toISOString(),
    requestedByName: x.requestedByName,
    requestedByPosition: x.requestedByPosition,
    decidedAt: x.decidedAt?.toISOString() ?? null,
    decidedByPosition: x.decidedByPosition,
    decisionNote: x.decisionNote,
    abilities: { decide: x.status === 'pending' && canDecideRequest(principal, facts) },
  };
}

/** Extension and exemption requests: a unit asks, the level that verifies its reports decides. */
export function createRequestsService(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db, audit, clock } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function present(principal: Principal, id: string) {
    const row = await rq.findRequest(db, scopeOf(principal), id);
    if (!row) throw errors.requestNotFound();
    return toRequest(principal, row);
  }

  /** A unit that has not reported yet asks for a later due time or to be left out; one open request at a time. */
  async function create(principal: Principal, assignmentId: string, body: CreateAssignmentRequestBody) {
    const id = await db.transaction(async (tx) => {
      const locked = await q.lockAssignment(tx, scopeOf(principal), assignmentId);
      const row = locked ? await q.findAssignment(tx, scopeOf(principal), assignmentId) : null;
      if (!row) throw errors.assignmentNotFound();
      const f = factsOf(row);
      if (!canRequest(principal, f, false)) {
        if (
          f.unitPath === principal.position.unitPath &&
          f.role === 'follow_up' &&
          !NOT_YET_REPORTED.includes(f.status)
        )
          throw errors.requestNotAllowed(f.status);
        throw errors.cannotRequest();
      }
      if (row.openRequest) throw errors.requestOpen();
      const requestedDueAt = body.type === 'extension' ? new Date(body.requestedDueAt) : null;
      if (requestedDueAt && requestedDueAt <= row.assignment.dueAt) throw errors.extensionNotLater();
      const [inserted] = await tx
        .insert(assignmentRequests)
        .values({
          assignmentId,
          unitPath: row.assignment.unitPath,
          type: body.type,
          reasonCode: body.reasonCode,
          note: body.note || null,
          requestedDueAt,
          dueAtWhenRequested: row.assignment.dueAt,
          requestedAt: clock(),
          requestedByUserId: principal.userId,
          requestedByName: principal.name,
          requestedByPosition: principal.position.title,
        })
        .returning({ id: assignmentRequests.id });
      if (!inserted) throw new Error('request insert returned nothing');
      await audit.record(tx, auditActor(principal), {
        action: 'directives.request_created',
        subjectType: 'assignment_request',
        subjectId: inserted.id,
        unitId: row.assignment.unitId,
        unitPath: row.assignment.unitPath,
        summary: {
          assignmentId,
          type: body.type,
          reasonCode: body.reasonCode,
          ...(requestedDueAt ? { requestedDueAt: requestedDueAt.toISOString() } : {}),
        },
      });
      return inserted.id;
    });
    return present(principal, id);
  }

  /** Approving an extension moves the due time; approving an exemption takes the unit out of the directive. */
  async function decide(principal: Principal, requestId: string, body: DecideAssignmentRequestBody) {
    await db.transaction(async (tx) => {
      const request = await rq.lockRequest(tx, scopeOf(principal), requestId);
      const locked = request ? await q.lockAssignment(tx, scopeOf(principal), request.assignmentId) : false;
      const row = request && locked ? await q.findAssignment(tx, scopeOf(principal), request.assignmentId) : null;
      if (!request || !row) throw errors.requestNotFound();
      const f = factsOf(row);
      if (!canDecideRequest(principal, f)) throw errors.cannotDecideRequest();
      if (request.status !== 'pending') throw errors.requestAlreadyDecided();
      const approved = body.decision === 'approved';
      if (approved && request.type === 'exemption' && !NOT_YET_REPORTED.includes(f.status))
        throw errors.requestStale(f.status);
      const now = clock();
      await tx
        .update(assignmentRequests)
        .set({
          status: body.decision,
          decidedAt: now,
          decidedByUserId: principal.userId,
          decidedByPosition: principal.position.title,
          decisionNote: body.note || null,
        })
        .where(eq(assignmentRequests.id, request.id));
      if (approved && request.type === 'extension' && request.requestedDueAt) {
        await tx
          .update(assignments)
          .set({ dueAt: request.requestedDueAt })
          .where(eq(assignments.id, request.assignmentId));
      }
      if (approved && request.type === 'exemption') {
        await tx.update(assignments).set({ status: 'dikecualikan' }).where(eq(assignments.id, request.assignmentId));
      }
      await audit.record(tx, auditActor(principal), {
        action: approved ? 'directives.request_approved' : 'directives.request_rejected',
        subjectType: 'assignment_request',
        subjectId: request.id,
        unitId: row.assignment.unitId,
        unitPath: row.assignment.unitPath,
        summary: { assignmentId: request.assignmentId, type: request.type, ...(body.note ? { note: body.note } : {}) },
      });
    });
    return present(principal, requestId);
  }

  async function list(
    principal: Principal,
    f: { status?: AssignmentRequest['status']; limit: number; offset: number },
  ) {
    const page = await rq.listRequests(db, scopeOf(principal), f);
    return { items: page.items.map((r) => toRequest(principal, r)), total: page.total };
  }

  return { create, decide, list };
}
