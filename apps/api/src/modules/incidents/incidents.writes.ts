import type { AuditAction } from '@selaras/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import { incidents } from './incidents.table.js';
import * as q from './incidents.queries.js';
import type { IncidentRow } from './incidents.queries.js';
import { incidentNotFound } from './incidents.errors.js';

export type WriteDeps = { db: Db; audit: Audit; clock: () => Date };

/** One write on one incident: the locked row, the transaction, the moment and the caller. */
export type WriteContext = { tx: Db; row: IncidentRow; now: Date; principal: Principal };

type EventInput = { kind: string; summary: string; note?: string | null; counters?: Record<string, number> | null };

/** Shared steps of every incident write: lock in scope, check, append to the timeline, audit. */
export function createWriter(deps: WriteDeps) {
  const { db, audit, clock } = deps;

  /** Locks the incident (404 out of scope), lets `guard` refuse (403/409), then runs `work` in the same transaction. */
  async function write<T>(principal: Principal, id: string, guard: (row: IncidentRow) => void, work: (ctx: WriteContext) => Promise<T>): Promise<T> {
    return db.transaction(async (tx) => {
      const row = await q.lockIncident(tx, principal.position.unitPath, id);
      if (!row || !can(principal, 'incidents:read')) throw incidentNotFound();
      guard(row);
      return work({ tx, row, now: clock(), principal });
    });
  }

  /** Appends a timeline entry (events are never changed) and moves the incident's last update. */
  async function log(ctx: WriteContext, event: EventInput): Promise<void> {
    await q.insertEvent(ctx.tx, {
      incidentId: ctx.row.id,
      kind: event.kind,
      at: ctx.now,
      byUserId: ctx.principal.userId,
      byName: ctx.principal.name,
      summary: event.summary,
      note: event.note ?? null,
      counters: event.counters ?? null,
    });
    await ctx.tx.update(incidents).set({ lastUpdateAt: ctx.now }).where(eq(incidents.id, ctx.row.id));
  }

  async function record(ctx: WriteContext, action: AuditAction, summary: Record<string, unknown>): Promise<void> {
    await audit.record(ctx.tx, auditActor(ctx.principal), {
      action,
      subjectType: 'incident',
      subjectId: ctx.row.id,
      unitId: ctx.row.unitId,
      unitPath: ctx.row.unitPath,
      summary: { number: ctx.row.number, ...summary },
    });
  }

  return { write, log, record };
}
export type Writer = ReturnType<typeof createWriter>;
