import { eq } from 'drizzle-orm';
import type { AssignmentDetail, BulkDecisionBody, BulkDecisionResult, SaveDraftBody } from '@selaras/contracts';
import { DecideReportBodySchema } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { assignments } from './directives.table.js';
import * as q from './directives.queries.js';
import * as rq from './directives.requests.queries.js';
import { canSaveDraft, nextStatus } from './directives.policy.js';
import { factsOf, toRequest } from './directives.requests.service.js';
import type { DirectivesService } from './directives.service.js';
import * as errors from './directives.errors.js';

export type WorklistService = ReturnType<typeof createWorklistService>;
type AssignmentJoined = NonNullable<Awaited<ReturnType<typeof q.findAssignment>>>;

function toDraft(d: rq.DraftRow): NonNullable<AssignmentDetail['draft']> {
  return { values: d.values, narrative: d.narrative, savedAt: d.savedAt.toISOString(), savedByName: d.savedByName };
}

/** What an assignment's own page adds to the list row: its requests and a draft newer than its last report. */
export async function assignmentExtras(db: Db, principal: Principal, row: AssignmentJoined) {
  const [requests, draft] = await Promise.all([
    rq.listRequestsOfAssignment(db, row.assignment.id),
    rq.findDraft(db, row.assignment.id),
  ]);
  const reportedAt = row.assignment.reportedAt;
  const current =
    draft && (!reportedAt || draft.savedAt > reportedAt) && nextStatus('submit', row.assignment.status) ? draft : null;
  return { requests: requests.map((r) => toRequest(principal, r)), draft: current ? toDraft(current) : null };
}

function problemOf(err: unknown) {
  if (!(err instanceof AppError)) throw err;
  return { status: err.status, code: err.code, title: err.title, ...(err.detail ? { detail: err.detail } : {}) };
}

/** Drafts of reports, many decisions at once, and the "belum melapor" overview. */
export function createWorklistService(deps: {
  db: Db;
  audit: Audit;
  clock: () => Date;
  directives: DirectivesService;
}) {
  const { db, audit, clock, directives } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  /** Keeps what a unit has typed so far; starting to write moves "belum dimulai" to "dalam proses". */
  async function saveDraft(principal: Principal, assignmentId: string, body: SaveDraftBody) {
    const saved = await db.transaction(async (tx) => {
      const locked = await q.lockAssignment(tx, scopeOf(principal), assignmentId);
      const row = locked ? await q.findAssignment(tx, scopeOf(principal), assignmentId) : null;
      if (!row) throw errors.assignmentNotFound();
      const f = factsOf(row);
      if (!nextStatus('submit', f.status) || f.role !== 'follow_up') throw errors.cannotSaveDraft(f.status);
      if (!canSaveDraft(principal, f)) throw errors.cannotWriteReport();
      const draft = await rq.upsertDraft(tx, {
        assignmentId,
        values: body.values,
        narrative: body.narrative,
        savedAt: clock(),
        savedByUserId: principal.userId,
        savedByName: principal.name,
      });
      if (f.status === 'belum_dimulai')
        await tx.update(assignments).set({ status: 'dalam_proses' }).where(eq(assignments.id, assignmentId));
      await audit.record(tx, auditActor(principal), {
        action: 'directives.draft_saved',
        subjectType: 'assignment',
        subjectId: assignmentId,
        unitId: row.assignment.unitId,
        unitPath: row.assignment.unitPath,
        summary: { metrics: Object.keys(body.values).length },
      });
      return draft;
    });
    return toDraft(saved);
  }

  /** Each item is decided in its own transaction, so one stale item never blocks the rest. */
  async function decideMany(principal: Principal, body: BulkDecisionBody): Promise<BulkDecisionResult> {
    const items: BulkDecisionResult['items'] = [];
    for (const item of body.items) {
      const parsed = DecideReportBodySchema.safeParse(
        item.decision === 'verified' ? { decision: 'verified' } : { decision: 'returned', reason: item.reason },
      );
      if (!parsed.success) {
        items.push({
          reportId: item.reportId,
          ok: false,
          problem: problemOf(errors.decisionInvalid('Alasan pengembalian wajib diisi (minimal 5 karakter).')),
        });
        continue;
      }
      try {
        const report = await directives.decide(principal, item.reportId, parsed.data);
        items.push({
          reportId: item.reportId,
          ok: true,
          status: report.decision === 'verified' ? 'terverifikasi' : 'dikembalikan',
        });
      } catch (err) {
        items.push({ reportId: item.reportId, ok: false, problem: problemOf(err) });
      }
    }
    return { items };
  }

  /** Per Kanwil: follow-ups not yet reported, and how many of them are overdue. */
  async function pendingSummary(principal: Principal) {
    const rows = await rq.pendingByKanwil(db, scopeOf(principal), clock());
    const names = await q.findUnitNames(
      db,
      rows.map((r) => r.kanwilId),
    );
    const items = rows.map((r) => ({
      unitId: r.kanwilId,
      unitName: names.get(r.kanwilId) ?? '',
      pending: r.pending,
      overdue: r.overdue,
    }));
    return { items: items.sort((a, b) => b.pending - a.pending || a.unitName.localeCompare(b.unitName)) };
  }

  return { saveDraft, decideMany, pendingSummary };
}
