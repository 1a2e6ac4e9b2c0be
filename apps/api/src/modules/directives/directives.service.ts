import { eq } from 'drizzle-orm';
import type { CreateDirectiveBody, DecideReportBody, SubmitReportBody, UpdateDirectiveBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { assignments, directives, reports } from './directives.table.js';
import * as q from './directives.queries.js';
import { assertWindowCap, currentWindow, directiveWindows, unitWindows, windowLocals } from './directives.windows.js';
import { createDirectiveAmendments, type OnAmended } from './directives.amend.js';
import { checkValues } from './directives.values.js';
import { assignmentAbilities, canAmend, canDecide, canIssue, canSubmit, isOnBehalf, nextStatus } from './directives.policy.js';
import { toAssignment, toDirective, toRollup } from './directives.mappers.js';
import { attachEvidence, checkEvidence, presentReport, presentReports } from './directives.evidence.js';
import * as errors from './directives.errors.js';
import { assignmentExtras } from './directives.worklist.service.js';

export type DirectivesService = ReturnType<typeof createDirectivesService>;

const INSERT_BATCH = 500;

export function createDirectivesService(deps: { db: Db; audit: Audit; clock: () => Date; onAmended?: OnAmended }) {
  const { db, audit, clock } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;
  const amendments = createDirectiveAmendments({ db, audit, clock, onAmended: deps.onAmended });

  async function present(principal: Principal, rows: q.DirectiveRow[]) {
    const ids = rows.map((r) => r.id);
    const [counts, followUps] = await Promise.all([q.countAssignments(db, ids), q.countAssignments(db, ids, 'follow_up')]);
    return rows.map((r) => ({
      ...toDirective(r, counts.get(r.id) ?? 0, { issue: canIssue(principal, r), edit: canIssue(principal, r), amend: canAmend(principal, r) }),
      followUpCount: followUps.get(r.id) ?? 0,
    }));
  }

  /** A draft issued in the name of the caller's position and unit. */
  async function create(principal: Principal, body: CreateDirectiveBody) {
    assertWindowCap(body.recurrence);
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(directives)
        .values({
          ...body,
          reference: body.reference ?? null,
          category: body.category ?? null,
          issuerUnitId: principal.position.unitId,
          issuerUnitPath: principal.position.unitPath,
          issuerUserId: principal.userId,
          issuerPositionId: principal.position.id,
          issuerPositionTitle: principal.position.title,
        })
        .returning();
      if (!inserted) throw new Error('directive insert returned nothing');
      await audit.record(tx, auditActor(principal), {
        action: 'directives.created',
        subjectType: 'directive',
        subjectId: inserted.id,
        unitId: principal.position.unitId,
        unitPath: principal.position.unitPath,
        summary: { title: inserted.title },
      });
      return inserted;
    });
    const [dto] = await present(principal, [row]);
    if (!dto) throw new Error('directive vanished');
    return dto;
  }

  async function list(principal: Principal, f: { status?: 'draft' | 'issued'; q?: string; limit: number; offset: number }) {
    const page = await q.listDirectives(db, scopeOf(principal), f);
    return { items: await present(principal, page.items), total: page.total };
  }

  async function get(principal: Principal, id: string) {
    const row = await q.findDirective(db, scopeOf(principal), id);
    if (!row) throw errors.directiveNotFound();
    const [dto] = await present(principal, [row]);
    if (!dto) throw errors.directiveNotFound();
    return dto;
  }

  /** Issues a draft: one assignment per target unit, plus one per Kanwil in between when Kanwil verify. */
  async function issue(principal: Principal, id: string) {
    await db.transaction(async (tx) => {
      const [directive] = await tx
        .select()
        .from(directives)
        .where(eq(directives.id, id))
        .for('update');
      if (!directive || !directive.issuerUnitPath.startsWith(scopeOf(principal))) throw errors.directiveNotFound();
      if (directive.status === 'issued') throw errors.alreadyIssued();
      if (!canIssue(principal, directive)) throw errors.cannotIssue();

      const targets = await q.resolveTargets(tx, directive.issuerUnitPath, directive.target);
      if (directive.target.mode === 'list' && targets.length !== new Set(directive.target.unitIds).size) throw errors.targetsOutsideScope();
      if (targets.length === 0) throw errors.noTargets();
      const targetIds = new Set(targets.map((t) => t.id));
      const kanwilIds = directive.verifiedBy === 'kanwil'
        ? [...new Set(targets.map((t) => t.kanwilId).filter((k): k is string => k !== null && !targetIds.has(k)))]
        : [];
      const kanwils = await q.findUnitsByIds(tx, kanwilIds);
      assertWindowCap(directive.recurrence);
      const locals = windowLocals(directive.due, directive.recurrence);
      const issuedAt = clock();
      const rows = [
        ...targets.map((t) => ({ unit: t, role: 'follow_up' as const })),
        ...kanwils.map((k) => ({ unit: k, role: 'verify' as const })),
      ].flatMap(({ unit, role }) =>
        unitWindows(locals, directive.due.zone, unit.timezone, issuedAt).map((w) => ({
          directiveId: directive.id,
          unitId: unit.id,
          unitPath: unit.path,
          role,
          ...w,
        })),
      );
      for (let i = 0; i < rows.length; i += INSERT_BATCH) await tx.insert(assignments).values(rows.slice(i, i + INSERT_BATCH));
      await tx.update(directives).set({ status: 'issued', issuedAt, windowCount: locals.length }).where(eq(directives.id, directive.id));
      await audit.record(tx, auditActor(principal), {
        action: 'directives.issued',
        subjectType: 'directive',
        subjectId: directive.id,
        unitId: principal.position.unitId,
        unitPath: principal.position.unitPath,
        summary: { title: directive.title, units: targets.length, kanwilVerifiers: kanwils.length, windows: locals.length },
      });
    });
    return get(principal, id);
  }

  function facts(row: NonNullable<Awaited<ReturnType<typeof q.findAssignment>>>) {
    return { role: row.assignment.role, status: row.assignment.status, unitPath: row.assignment.unitPath, verifiedBy: row.verifiedBy };
  }

  async function listAssignments(
    principal: Principal,
    f: q.AssignmentListQuery & { limit: number; offset: number },
  ) {
    const now = clock();
    const page = await q.listAssignments(db, scopeOf(principal), { ...q.listFilter(f, now), limit: f.limit, offset: f.offset });
    return { items: page.items.map((r) => toAssignment(r, now, assignmentAbilities(principal, facts(r), r.openRequest))), total: page.total };
  }

  async function getAssignment(principal: Principal, id: string) {
    const row = await q.findAssignment(db, scopeOf(principal), id);
    if (!row) throw errors.assignmentNotFound();
    const extras = await assignmentExtras(db, principal, row);
    return { ...toAssignment(row, clock(), assignmentAbilities(principal, facts(row), row.openRequest)), ...extras };
  }

  async function listReports(principal: Principal, assignmentId: string) {
    if (!(await q.findAssignment(db, scopeOf(principal), assignmentId))) throw errors.assignmentNotFound();
    return presentReports(db, await q.listReports(db, assignmentId));
  }

  /**
   * A unit's report (or its Kanwil's, on its behalf); the assignment row is locked so versions never clash.
   * With an Idempotency-Key, a retry returns the report its first attempt made, even one cut off by a crash.
   */
  async function submitReport(principal: Principal, assignmentId: string, body: SubmitReportBody, idempotencyKey: string | null = null) {
    const report = await db.transaction(async (tx) => {
      const current = (await q.lockAssignment(tx, scopeOf(principal), assignmentId)) ? await q.findAssignment(tx, scopeOf(principal), assignmentId) : null;
      if (!current) throw errors.assignmentNotFound();
      // A retry whose first attempt committed but died before its response was recorded.
      const alreadyMade = idempotencyKey ? await q.findReportByKey(tx, assignmentId, principal.userId, idempotencyKey) : null;
      if (alreadyMade) return alreadyMade;
      const f = facts(current);
      const next = nextStatus('submit', f.status);
      if (f.status === 'terverifikasi' && canSubmit(principal, { ...f, status: 'dalam_proses' })) throw errors.reportAlreadyVerified();
      if (!next || !canSubmit(principal, f)) throw errors.transitionRefused('lapor', f.status);
      const problems = checkValues(current.metrics, body.values);
      if (problems.length > 0) throw errors.invalidValues(problems);
      const evidence = await checkEvidence(tx, principal, current.assignment, body.attachmentIds);
      const previous = await q.latestReport(tx, assignmentId);
      const now = clock();
      const [inserted] = await tx
        .insert(reports)
        .values({
          assignmentId,
          version: (previous?.version ?? 0) + 1,
          values: body.values,
          narrative: body.narrative,
          submittedAt: now,
          submittedByUserId: principal.userId,
          submittedByName: principal.name,
          submittedByPositionId: principal.position.id,
          submittedByPosition: principal.position.title,
          onBehalf: isOnBehalf(principal, f),
          idempotencyKey,
        })
        .returning();
      if (!inserted) throw new Error('report insert returned nothing');
      await attachEvidence(tx, inserted.id, evidence);
      await tx
        .update(assignments)
        .set({ status: next, latestValues: body.values, reportedAt: now })
        .where(eq(assignments.id, assignmentId));
      await audit.record(tx, auditActor(principal), {
        action: 'directives.report_submitted',
        subjectType: 'report',
        subjectId: inserted.id,
        unitId: current.assignment.unitId,
        unitPath: current.assignment.unitPath,
        summary: { assignmentId, version: inserted.version, onBehalf: inserted.onBehalf },
      });
      return inserted;
    });
    return presentReport(db, report);
  }

  /** Verifies or returns the latest report of an assignment below the caller's unit. */
  async function decide(principal: Principal, reportId: string, body: DecideReportBody) {
    const decided = await db.transaction(async (tx) => {
      const [report] = await tx.select().from(reports).where(eq(reports.id, reportId));
      const locked = report ? await q.lockAssignment(tx, scopeOf(principal), report.assignmentId) : false;
      const row = report && locked ? await q.findAssignment(tx, scopeOf(principal), report.assignmentId) : null;
      if (!report || !row) throw errors.reportNotFound();
      const latest = await q.latestReport(tx, row.assignment.id);
      const action = body.decision === 'verified' ? 'verify' : 'return';
      const f = facts(row);
      const next = nextStatus(action, f.status);
      if (!next || latest?.id !== report.id || report.decision !== null || !canDecide(principal, f, action)) {
        throw errors.transitionRefused(action === 'verify' ? 'verifikasi' : 'kembalikan', f.status);
      }
      const now = clock();
      const reason = body.decision === 'returned' ? body.reason : null;
      const [updated] = await tx
        .update(reports)
        .set({ decision: body.decision, decisionReason: reason, decidedAt: now, decidedByUserId: principal.userId, decidedByPosition: principal.position.title })
        .where(eq(reports.id, report.id))
        .returning();
      await tx
        .update(assignments)
        .set({ status: next, verifiedAt: body.decision === 'verified' ? now : null })
        .where(eq(assignments.id, row.assignment.id));
      await audit.record(tx, auditActor(principal), {
        action: body.decision === 'verified' ? 'directives.report_verified' : 'directives.report_returned',
        subjectType: 'report',
        subjectId: report.id,
        unitId: row.assignment.unitId,
        unitPath: row.assignment.unitPath,
        summary: { assignmentId: row.assignment.id, ...(reason ? { reason } : {}) },
      });
      if (!updated) throw new Error('report update returned nothing');
      return updated;
    });
    return presentReport(db, decided);
  }

  /** National and per-Kanwil progress of one directive and one window (default: the current one), within the caller's scope. */
  async function rollup(principal: Principal, directiveId: string, f: { window?: number } = {}) {
    const directive = await q.findDirective(db, scopeOf(principal), directiveId);
    if (!directive) throw errors.directiveNotFound();
    const now = clock();
    const windows = directiveWindows(directive);
    const window = f.window ?? currentWindow(windows, now);
    if (window > windows.length) throw errors.windowNotFound(windows.length);
    const rows = await q.rollup(db, directiveId, window, scopeOf(principal), directive.metrics, now);
    const kanwils = await q.findUnitNames(db, rows.map((r) => r.kanwilId));
    return { window, windows, ...toRollup(rows, directive.metrics, kanwils) };
  }

  /** Edits a draft freely, or amends an issued directive as a new version; returns the follow-up units to tell. */
  async function update(principal: Principal, id: string, body: UpdateDirectiveBody) {
    const { affectedUnitIds } = await amendments.update(principal, id, body);
    return { directive: await get(principal, id), affectedUnitIds };
  }

  const versions = amendments.versions;
  return { create, list, get, issue, update, versions, listAssignments, getAssignment, listReports, submitReport, decide, rollup };
}
