import { ratioOf, type ProductFigureRow, type PutTargetBody, type Realisation, type RealisationQuery, type RealisationRow, type Target } from '@selaras/contracts';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import { salesTargets } from './cooperative.table.js';
import { scopeUnit, scopeUpt } from './cooperative.units.js';
import type { CooperativeDeps } from './cooperative.service.js';
import { currentYear, figuresOf, perOf } from './product-figures.service.js';
import * as errors from './cooperative.errors.js';

/** Targets are set from above: a leader or admin of a Kanwil or HQ whose subtree holds the UPT. */
export function maySetTargets(principal: Principal): boolean {
  return can(principal, 'sales:targets') && principal.position.unitKind !== 'upt';
}

function toRealisation(r: ProductFigureRow): RealisationRow {
  return {
    unitId: r.unitId,
    unitName: r.unitName,
    unitKind: r.unitKind,
    salesTargetRupiah: r.salesTargetRupiah,
    salesRealisedRupiah: r.salesRealisedRupiah,
    salesRatio: ratioOf(r.salesRealisedRupiah, r.salesTargetRupiah),
    pnbpTargetRupiah: r.pnbpTargetRupiah,
    pnbpDueRupiah: r.pnbpDueRupiah,
    pnbpDepositedRupiah: r.pnbpDepositedRupiah,
    pnbpRatio: ratioOf(r.pnbpDepositedRupiah, r.pnbpTargetRupiah),
    depositedOfDueRatio: ratioOf(r.pnbpDepositedRupiah, r.pnbpDueRupiah),
  };
}

export function createTargetsService(deps: CooperativeDeps) {
  const { db, audit, clock } = deps;

  /** Sets a UPT's sales and PNBP targets for a year, replacing any earlier ones. */
  async function set(principal: Principal, unitId: string, year: number, body: PutTargetBody): Promise<Target> {
    const unit = await scopeUpt(db, principal, unitId);
    if (!maySetTargets(principal)) throw errors.targetsAboveUpt();
    await db.transaction(async (tx) => {
      await tx
        .insert(salesTargets)
        .values({ unitId: unit.id, unitPath: unit.path, year, salesRupiah: body.salesRupiah, pnbpRupiah: body.pnbpRupiah, setByUserId: principal.userId })
        .onConflictDoUpdate({ target: [salesTargets.unitId, salesTargets.year], set: { salesRupiah: body.salesRupiah, pnbpRupiah: body.pnbpRupiah, setByUserId: principal.userId, updatedAt: clock() } });
      await audit.record(tx, auditActor(principal), {
        action: 'cooperative.target_set',
        subjectType: 'sales_target',
        subjectId: unit.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { year, salesRupiah: body.salesRupiah, pnbpRupiah: body.pnbpRupiah },
      });
    });
    return { unitId: unit.id, year, ...body };
  }

  /** Sales and PNBP against targets per UPT (per Kanwil, as the sum of its UPTs, for HQ) in a year. */
  async function realisation(principal: Principal, query: RealisationQuery): Promise<Realisation> {
    const unit = await scopeUnit(db, principal, query.parentId);
    const year = query.year ?? currentYear(clock());
    const { total, items } = await figuresOf(db, unit, year);
    const per = perOf(unit);
    return { year, per, total: toRealisation(total), items: items.map(toRealisation), abilities: { setTargets: per === 'unit' && maySetTargets(principal) } };
  }

  return { set, realisation };
}

export type TargetsService = ReturnType<typeof createTargetsService>;
