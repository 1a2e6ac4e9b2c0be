import type { CooperativeList, CooperativeRow, FieldIssue, PreorderCompliance, PreorderState, PutCooperativeBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import * as q from './cooperative.queries.js';
import { scopeUnit, scopeUpt, uptsUnder, type ScopeUnit } from './cooperative.units.js';
import { addDays, currentWeeks, localDateIn, weeksBack } from './preorders.weeks.js';
import * as errors from './cooperative.errors.js';

export type CooperativeDeps = { db: Db; audit: Audit; clock: () => Date };

/** Weeks a compliance summary looks back over. */
export const COMPLIANCE_WEEKS = 8;

/** The cooperative's officer and leaders of the unit or above it manage it. */
export function mayManageCooperative(principal: Principal, unitPath: string): boolean {
  return can(principal, 'cooperative:manage') && inScope(principal, unitPath);
}

/** Every problem of a registration at once: a deed needs its number and date, a legal entity also its SK AHU. */
export function registrationIssues(body: PutCooperativeBody, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const needs = (key: keyof PutCooperativeBody, message: string) => {
    if (!body[key]) issues.push(errors.field(`body.${key}`, message, 'required'));
  };
  if (body.status !== 'belum_terdaftar') {
    needs('deedNumber', 'Nomor akta pendirian wajib diisi.');
    needs('deedDate', 'Tanggal akta pendirian wajib diisi.');
  }
  if (body.status === 'berbadan_hukum') {
    needs('legalEntityNumber', 'Nomor SK AHU (badan hukum) wajib diisi.');
    needs('legalEntityDate', 'Tanggal SK AHU wajib diisi.');
  }
  for (const key of ['deedDate', 'legalEntityDate'] as const) {
    const value = body[key];
    if (value && value > today) issues.push(errors.field(`body.${key}`, 'Tanggal tidak boleh di masa depan.', 'future'));
  }
  if (body.deedDate && body.legalEntityDate && body.legalEntityDate < body.deedDate) {
    issues.push(errors.field('body.legalEntityDate', 'Tanggal SK AHU tidak boleh sebelum tanggal akta.', 'before_deed'));
  }
  return issues;
}

function weekState(rows: q.PreorderRecord[], unitId: string, weekStart: string): PreorderState {
  return rows.find((r) => r.unitId === unitId && r.weekStart === weekStart)?.timeliness ?? 'tidak_ada';
}

function toRow(principal: Principal, unit: ScopeUnit, coop: q.CooperativeRecord | undefined, preorders: q.PreorderRecord[], now: Date): CooperativeRow {
  const { thisWeek, comingWeek } = currentWeeks(now, unit.timezone);
  const recent = weeksBack(thisWeek, COMPLIANCE_WEEKS);
  return {
    unitId: unit.id,
    unitName: unit.name,
    timezone: unit.timezone,
    status: coop?.status ?? 'belum_terdaftar',
    cooperative: coop
      ? {
          id: coop.id,
          name: coop.name,
          status: coop.status,
          deedNumber: coop.deedNumber,
          deedDate: coop.deedDate,
          legalEntityNumber: coop.legalEntityNumber,
          legalEntityDate: coop.legalEntityDate,
          updatedAt: coop.updatedAt.toISOString(),
        }
      : null,
    thisWeek: { weekStart: thisWeek, state: weekState(preorders, unit.id, thisWeek) },
    nextWeek: { weekStart: comingWeek, state: weekState(preorders, unit.id, comingWeek) },
    onTimeWeeks: recent.filter((w) => weekState(preorders, unit.id, w) === 'tepat_waktu').length,
    abilities: { manage: mayManageCooperative(principal, unit.path) },
  };
}

export function createCooperativeService(deps: CooperativeDeps) {
  const { db, audit, clock } = deps;

  /** The UPTs under the caller's unit (or a unit inside it) with their pre-orders of the last weeks. */
  async function uptsWithPreorders(principal: Principal, parentId: string | undefined) {
    const parent = await scopeUnit(db, principal, parentId);
    const upts = await uptsUnder(db, parent.path);
    const now = clock();
    // The widest window any zone needs: zones differ by at most a day, so a week either side covers them.
    const { thisWeek } = currentWeeks(now, 'Asia/Jakarta');
    const preorders = await q.preordersBetween(db, { path: parent.path }, addDays(thisWeek, -7 * COMPLIANCE_WEEKS), addDays(thisWeek, 14));
    return { parent, upts, preorders, now };
  }

  /** Each UPT of the subtree with its registration, this and next week's PO and its on-time weeks. */
  async function list(principal: Principal, parentId?: string): Promise<CooperativeList> {
    const { parent, upts, preorders, now } = await uptsWithPreorders(principal, parentId);
    const coops = new Map((await q.cooperativesUnder(db, parent.path)).map((c) => [c.unitId, c]));
    return { items: upts.map((u) => toRow(principal, u, coops.get(u.id), preorders, now)) };
  }

  /** Per UPT: weeks with an on-time, a late and no PO among the last 8 started weeks. */
  async function compliance(principal: Principal, parentId?: string): Promise<PreorderCompliance> {
    const { upts, preorders, now } = await uptsWithPreorders(principal, parentId);
    const items = upts.map((u) => {
      const states = weeksBack(currentWeeks(now, u.timezone).thisWeek, COMPLIANCE_WEEKS).map((w) => weekState(preorders, u.id, w));
      const count = (s: PreorderState) => states.filter((x) => x === s).length;
      return { unitId: u.id, unitName: u.name, onTimeWeeks: count('tepat_waktu'), lateWeeks: count('terlambat'), missingWeeks: count('tidak_ada') };
    });
    return { weeks: COMPLIANCE_WEEKS, items };
  }

  /** Records the UPT's cooperative and its registration; fields beyond the status are cleared. */
  async function save(principal: Principal, unitId: string, body: PutCooperativeBody): Promise<CooperativeRow> {
    const unit = await scopeUpt(db, principal, unitId);
    if (!mayManageCooperative(principal, unit.path)) throw errors.cannotManage();
    const now = clock();
    const issues = registrationIssues(body, localDateIn(now, unit.timezone));
    if (issues.length > 0) throw errors.invalidInput(issues);
    const registered = body.status !== 'belum_terdaftar';
    const legal = body.status === 'berbadan_hukum';
    await db.transaction(async (tx) => {
      const row = await q.upsertCooperative(tx, {
        unitId: unit.id,
        unitPath: unit.path,
        name: body.name,
        status: body.status,
        deedNumber: registered ? (body.deedNumber ?? null) : null,
        deedDate: registered ? (body.deedDate ?? null) : null,
        legalEntityNumber: legal ? (body.legalEntityNumber ?? null) : null,
        legalEntityDate: legal ? (body.legalEntityDate ?? null) : null,
        updatedByUserId: principal.userId,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'cooperative.registration_saved',
        subjectType: 'cooperative',
        subjectId: row.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { name: row.name, status: row.status },
      });
    });
    const coop = (await q.findCooperative(db, unit.id)) ?? undefined;
    const { thisWeek } = currentWeeks(now, unit.timezone);
    const preorders = await q.preordersBetween(db, { unitIds: [unit.id] }, addDays(thisWeek, -7 * COMPLIANCE_WEEKS), addDays(thisWeek, 7));
    return toRow(principal, unit, coop, preorders, now);
  }

  return { list, compliance, save };
}

export type CooperativeService = ReturnType<typeof createCooperativeService>;
