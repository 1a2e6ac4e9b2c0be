import type { DirectiveVersion, Metric, TimeZone, UpdateDirectiveBody } from '@selaras/contracts';
import { AMENDABLE_FIELDS } from '@selaras/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { directives } from './directives.table.js';
import * as q from './directives.queries.js';
import * as vq from './directive-versions.queries.js';
import { canAmend, canIssue } from './directives.policy.js';
import { assertWindowCap, unitWindows, windowLocals } from './directives.windows.js';
import * as errors from './directives.errors.js';

type Fields = Omit<UpdateDirectiveBody, 'reason'>;
type Changes = Record<string, { before: unknown; after: unknown }>;

const ZONES: TimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

/** JSON with object keys sorted, so values read back from jsonb compare equal to the same values sent. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The fields whose value differs from the stored one, before and after. */
export function diffFields(row: q.DirectiveRow, fields: Fields): Changes {
  const changes: Changes = {};
  for (const [key, after] of Object.entries(fields)) {
    if (after === undefined) continue;
    const before: unknown = row[key as keyof Fields] ?? null;
    if (canonical(before) !== canonical(after)) changes[key] = { before, after };
  }
  return changes;
}

/** Why a metrics change is refused after issue, or null when only labels and targets change. */
export function metricsProblem(before: Metric[], after: Metric[]): string | null {
  const old = new Map(before.map((m) => [m.key, m]));
  const added = after.filter((m) => !old.has(m.key)).map((m) => m.key);
  const removed = before.filter((m) => !after.some((n) => n.key === m.key)).map((m) => m.key);
  const reshaped = after
    .filter((m) => {
      const o = old.get(m.key);
      return o && canonical([o.type, o.choices ?? null, o.rollup]) !== canonical([m.type, m.choices ?? null, m.rollup]);
    })
    .map((m) => m.key);
  const parts = [
    added.length ? `Ditambah: ${added.join(', ')}.` : '',
    removed.length ? `Dihapus: ${removed.join(', ')}.` : '',
    reshaped.length ? `Jenis, pilihan, atau rekap diubah: ${reshaped.join(', ')}.` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** Refuses what an issued directive cannot change, most specific reason first. */
function checkAmendable(row: q.DirectiveRow, changes: Changes, reason: string | undefined): void {
  if (changes.target) throw errors.targetLocked();
  const locked = Object.keys(changes).filter((k) => !(AMENDABLE_FIELDS as readonly string[]).includes(k));
  if (locked.length) throw errors.notAmendable(locked);
  const metrics = changes.metrics?.after as Metric[] | undefined;
  const problem = metrics ? metricsProblem(row.metrics, metrics) : null;
  if (problem) throw errors.metricsLocked(problem);
  if (Object.keys(changes).length === 0) throw errors.noChanges();
  if (!reason) throw errors.reasonRequired();
}

export type OnAmended = (
  tx: Db,
  amendment: { directiveId: string; title: string; versionNo: number; reason: string; unitIds: string[] },
) => Promise<void>;

export function createDirectiveAmendments(deps: { db: Db; audit: Audit; clock: () => Date; onAmended?: OnAmended }) {
  const { db, audit, clock } = deps;

  /** New dues for every window not yet verified, zone by zone, by the same rule as at issue. */
  async function moveDues(tx: Db, row: q.DirectiveRow, due: NonNullable<Fields['due']>) {
    const locals = windowLocals(due, row.recurrence);
    const issuedAt = row.issuedAt ?? clock();
    for (const zone of due.zone === 'unit' ? ZONES : [due.zone]) {
      for (const w of unitWindows(locals, due.zone, zone, issuedAt)) {
        await vq.moveWindow(tx, row.id, {
          windowNo: w.windowNo,
          zone: due.zone === 'unit' ? zone : null,
          dueAt: w.dueAt,
          windowStart: w.windowNo === 1 ? null : w.windowStart,
        });
      }
    }
  }

  async function editDraft(tx: Db, principal: Principal, row: q.DirectiveRow, fields: Fields) {
    if (!canIssue(principal, row)) throw errors.cannotAmend();
    assertWindowCap(fields.recurrence ?? row.recurrence);
    const changes = diffFields(row, fields);
    if (Object.keys(changes).length > 0) await tx.update(directives).set(fields).where(eq(directives.id, row.id));
    await audit.record(tx, auditActor(principal), {
      action: 'directives.draft_updated',
      subjectType: 'directive',
      subjectId: row.id,
      unitId: row.issuerUnitId,
      unitPath: row.issuerUnitPath,
      summary: { fields: Object.keys(changes) },
    });
    return { affectedUnitIds: [] as string[] };
  }

  async function amend(tx: Db, principal: Principal, row: q.DirectiveRow, fields: Fields, reason: string | undefined) {
    if (!canAmend(principal, row)) throw errors.cannotAmend();
    const changes = diffFields(row, fields);
    checkAmendable(row, changes, reason);
    const versionNo = await vq.nextVersionNo(tx, row.id);
    const patch = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.after])) as Fields;
    await tx.update(directives).set(patch).where(eq(directives.id, row.id));
    if (patch.due) await moveDues(tx, row, patch.due);
    await vq.insertVersion(tx, {
      directiveId: row.id,
      versionNo,
      changes,
      reason: reason ?? '',
      byUserId: principal.userId,
      byName: principal.name,
      byPositionId: principal.position.id,
      byPosition: principal.position.title,
      at: clock(),
    });
    const affectedUnitIds = await vq.openFollowUpUnits(tx, row.id);
    await audit.record(tx, auditActor(principal), {
      action: 'directives.amended',
      subjectType: 'directive',
      subjectId: row.id,
      unitId: row.issuerUnitId,
      unitPath: row.issuerUnitPath,
      summary: { versionNo, fields: Object.keys(changes), reason, units: affectedUnitIds.length },
    });
    const title = patch.title ?? row.title;
    await deps.onAmended?.(tx, { directiveId: row.id, title, versionNo, reason: reason ?? '', unitIds: affectedUnitIds });
    return { affectedUnitIds };
  }

  /** A draft changes freely; an issued directive changes only where amendable, with a reason, as a new version. */
  async function update(principal: Principal, id: string, body: UpdateDirectiveBody) {
    const { reason, ...fields } = body;
    return db.transaction(async (tx) => {
      const row = (await q.findDirective(tx, principal.position.unitPath, id)) ? await vq.lockDirective(tx, id) : null;
      if (!row) throw errors.directiveNotFound();
      return row.status === 'draft' ? editDraft(tx, principal, row, fields) : amend(tx, principal, row, fields, reason);
    });
  }

  /** The amendments of a directive the caller can see, oldest first. */
  async function versions(principal: Principal, id: string): Promise<DirectiveVersion[]> {
    if (!(await q.findDirective(db, principal.position.unitPath, id))) throw errors.directiveNotFound();
    return (await vq.listVersions(db, id)).map((v) => ({
      id: v.id,
      directiveId: v.directiveId,
      versionNo: v.versionNo,
      changes: v.changes,
      reason: v.reason,
      byName: v.byName,
      byPosition: v.byPosition,
      at: v.at.toISOString(),
    }));
  }

  return { update, versions };
}
