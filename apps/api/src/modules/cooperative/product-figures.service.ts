import type { ProductFigureRow, ProductFigures, ProductFiguresQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { scopeUnit, type ScopeUnit } from './cooperative.units.js';
import { localDateIn } from './preorders.weeks.js';
import * as q from './product-figures.queries.js';

/** The year of `now` in WIB: one national calendar, as the statistics use. */
export function currentYear(now: Date): number {
  return Number(localDateIn(now, 'Asia/Jakarta').slice(0, 4));
}

/** HQ (or the ministry) reads per Kanwil; a Kanwil or a UPT per UPT. */
export function perOf(unit: Pick<ScopeUnit, 'kind'>): 'kanwil' | 'unit' {
  return unit.kind === 'hq' || unit.kind === 'ministry' ? 'kanwil' : 'unit';
}

export function toFigureRow(g: q.GroupFigures, fallback: ScopeUnit): ProductFigureRow {
  return {
    unitId: g.groupId ?? fallback.id,
    unitName: g.unitName ?? fallback.name,
    unitKind: g.unitKind ?? fallback.kind,
    upts: g.upts,
    uptsWithMarketProduct: g.uptsWithMarketProduct,
    marketShare: g.upts > 0 ? g.uptsWithMarketProduct / g.upts : 0,
    productsByStage: { uji_coba: g.ujiCoba, pengembangan: g.pengembangan, siap_pasar: g.siapPasar, unggulan: g.unggulan },
    salesTargetRupiah: g.salesTargetRupiah,
    salesRealisedRupiah: g.salesRealisedRupiah,
    pnbpTargetRupiah: g.pnbpTargetRupiah,
    pnbpDueRupiah: g.pnbpDueRupiah,
    pnbpDepositedRupiah: g.pnbpDepositedRupiah,
    premiCreditedRupiah: g.premiCreditedRupiah,
    premiPaidRupiah: g.premiPaidRupiah,
    cooperativesByStatus: { belum_terdaftar: g.belumTerdaftar, akta_terbit: g.aktaTerbit, berbadan_hukum: g.berbadanHukum },
  };
}

/** The year's figures of a unit the caller may see, the total first and then one row per group. */
export async function figuresOf(db: Db, unit: ScopeUnit, year: number): Promise<{ total: ProductFigureRow; items: ProductFigureRow[] }> {
  const groups = await q.groupFigures(db, { path: unit.path, year, per: perOf(unit) });
  const [totalRow, ...rest] = groups;
  const empty: q.GroupFigures = {
    groupId: null, unitName: null, unitKind: null, upts: 0, uptsWithMarketProduct: 0, ujiCoba: 0, pengembangan: 0, siapPasar: 0, unggulan: 0,
    salesTargetRupiah: 0, salesRealisedRupiah: 0, pnbpTargetRupiah: 0, pnbpDueRupiah: 0, pnbpDepositedRupiah: 0, premiCreditedRupiah: 0,
    premiPaidRupiah: 0, belumTerdaftar: 0, aktaTerbit: 0, berbadanHukum: 0,
  };
  return { total: toFigureRow(totalRow ?? empty, unit), items: rest.map((g) => toFigureRow(g, unit)) };
}

export function createProductFiguresService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /** Products and cooperative figures over the caller's subtree, or a unit's inside it (404 outside). */
  async function figures(principal: Principal, query: ProductFiguresQuery): Promise<ProductFigures> {
    const unit = await scopeUnit(db, principal, query.unitId);
    const year = query.year ?? currentYear(clock());
    const { total, items } = await figuresOf(db, unit, year);
    return { year, unit: { id: unit.id, name: unit.name, kind: unit.kind }, per: perOf(unit), total, items };
  }

  return { figures };
}

export type ProductFiguresService = ReturnType<typeof createProductFiguresService>;
