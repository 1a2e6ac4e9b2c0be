import { eq } from 'drizzle-orm';
import type { PreorderHistory, PreorderWeek, PutPreorderBody } from '@selaras/contracts';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { cooperativePreorders } from './cooperative.table.js';
import * as q from './cooperative.queries.js';
import { scopeUpt, type ScopeUnit } from './cooperative.units.js';
import { mayManageCooperative, type CooperativeDeps } from './cooperative.service.js';
import { addDays, currentWeeks, isMonday, timelinessOf, weekStartsAt, weeksBack } from './preorders.weeks.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import * as errors from './cooperative.errors.js';

/** How far ahead a PO may be sent, in weeks after the coming one. */
const MAX_WEEKS_AHEAD = 4;

function toWeek(weekStart: string, row: q.PreorderRecord | undefined, unit: ScopeUnit, manage: boolean, now: Date): PreorderWeek {
  return {
    weekStart,
    state: row?.timeliness ?? 'tidak_ada',
    items: row?.items ?? [],
    submittedAt: row?.submittedAt.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    editable: manage && now.getTime() < weekStartsAt(weekStart, unit.timezone).getTime(),
  };
}

export function createPreordersService(deps: CooperativeDeps) {
  const { db, audit, clock } = deps;

  /** The last `weeks` weeks including the coming one, newest first; a week without a PO is "tidak_ada". */
  async function history(principal: Principal, unitId: string, weeks: number): Promise<PreorderHistory> {
    const unit = await scopeUpt(db, principal, unitId);
    const now = clock();
    const { comingWeek } = currentWeeks(now, unit.timezone);
    const mondays = weeksBack(comingWeek, weeks);
    const rows = await q.preordersBetween(db, { unitIds: [unit.id] }, mondays[mondays.length - 1] ?? comingWeek, comingWeek);
    const manage = mayManageCooperative(principal, unit.path);
    const toWeekOf = (weekStart: string) => toWeek(weekStart, rows.find((r) => r.weekStart === weekStart), unit, manage, now);
    return { unitId: unit.id, timezone: unit.timezone, comingWeekStart: comingWeek, weeks: mondays.map(toWeekOf) };
  }

  /**
   * Sends or changes a week's PO. Changes are allowed until the week starts (409 after); a first PO may still be
   * sent during the running week, late. The first submission's time decides whether it was on time.
   */
  async function submit(principal: Principal, unitId: string, weekStart: string, body: PutPreorderBody): Promise<PreorderWeek> {
    const unit = await scopeUpt(db, principal, unitId);
    if (!mayManageCooperative(principal, unit.path)) throw errors.cannotManage();
    if (!isMonday(weekStart)) throw errors.invalidInput([errors.field('params.weekStart', 'Minggu PO harus dimulai hari Senin.', 'not_monday')]);
    const now = clock();
    const { thisWeek, comingWeek } = currentWeeks(now, unit.timezone);
    if (weekStart < thisWeek) throw errors.weekPassed();
    if (weekStart > addDays(comingWeek, 7 * MAX_WEEKS_AHEAD)) throw errors.invalidInput([errors.field('params.weekStart', 'PO hanya dapat dikirim paling jauh empat minggu ke depan.', 'too_far')]);
    try {
      await db.transaction(async (tx) => {
        const existing = await q.findPreorder(tx, unit.id, weekStart);
        if (existing && now.getTime() >= weekStartsAt(weekStart, unit.timezone).getTime()) throw errors.weekStarted();
        const items = body.items;
        const row = existing
          ? (await tx.update(cooperativePreorders).set({ items, updatedAt: now }).where(eq(cooperativePreorders.id, existing.id)).returning())[0]
          : (
              await tx
                .insert(cooperativePreorders)
                .values({ unitId: unit.id, unitPath: unit.path, weekStart, items, submittedAt: now, timeliness: timelinessOf(now, weekStart, unit.timezone), submittedByUserId: principal.userId })
                .returning()
            )[0];
        await audit.record(tx, auditActor(principal), {
          action: 'cooperative.preorder_saved',
          subjectType: 'cooperative_preorder',
          subjectId: row?.id ?? null,
          unitId: unit.id,
          unitPath: unit.path,
          summary: { weekStart, items: items.length, timeliness: row?.timeliness, changed: existing !== null },
        });
      });
    } catch (err) {
      // Two first submissions at once: the other one won; its sender's PO stands.
      if (uniqueViolation(err)) throw errors.preorderRace();
      throw err;
    }
    return weekOf(unit, weekStart, mayManageCooperative(principal, unit.path), now);
  }

  /** One week's PO as the caller sees it. */
  async function weekOf(unit: ScopeUnit, weekStart: string, manage: boolean, now: Date): Promise<PreorderWeek> {
    const [row] = await q.preordersBetween(db, { unitIds: [unit.id] }, weekStart, weekStart);
    return toWeek(weekStart, row, unit, manage, now);
  }

  return { history, submit };
}

export type PreordersService = ReturnType<typeof createPreordersService>;
