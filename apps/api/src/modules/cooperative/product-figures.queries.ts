import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { escapeLike } from '../../platform/access/scope.js';

/** The subtree read, the year's first and last day, and what a row stands for. */
export type FiguresWindow = { path: string; year: number; per: 'kanwil' | 'unit' };

/** Raw sums per group, counted in the database; `groupId` is null on the total row. */
export type GroupFigures = {
  groupId: string | null;
  unitName: string | null;
  unitKind: 'ministry' | 'hq' | 'kanwil' | 'upt' | null;
  upts: number;
  uptsWithMarketProduct: number;
  ujiCoba: number;
  pengembangan: number;
  siapPasar: number;
  unggulan: number;
  salesTargetRupiah: number;
  salesRealisedRupiah: number;
  pnbpTargetRupiah: number;
  pnbpDueRupiah: number;
  pnbpDepositedRupiah: number;
  premiCreditedRupiah: number;
  premiPaidRupiah: number;
  belumTerdaftar: number;
  aktaTerbit: number;
  berbadanHukum: number;
};

const like = (path: string) => `${escapeLike(path)}%`;

/** One row per UPT of the subtree with its year's figures, as the CTE `per_upt`. */
function perUpt(w: FiguresWindow): SQL {
  const from = `${w.year}-01-01`;
  const to = `${w.year}-12-31`;
  const groupOf = w.per === 'kanwil' ? sql`coalesce(o.kanwil_id, o.id)` : sql`o.id`;
  return sql`
    u as (select o.id, o.path, ${groupOf} as group_id from org_units o where o.kind = 'upt' and o.path like ${like(w.path)}),
    prod as (
      select unit_id,
        count(*) filter (where stage = 'uji_coba') as uji_coba,
        count(*) filter (where stage = 'pengembangan') as pengembangan,
        count(*) filter (where stage = 'siap_pasar') as siap_pasar,
        count(*) filter (where stage = 'unggulan') as unggulan
      from products where not archived and unit_path like ${like(w.path)} group by unit_id
    ),
    sal as (
      select unit_id, sum(total_rupiah) as total, sum(pnbp_rupiah) as pnbp from sales
      where unit_path like ${like(w.path)} and sold_on between ${from}::date and ${to}::date group by unit_id
    ),
    dep as (
      select unit_id, sum(amount_rupiah) as amount from pnbp_deposits
      where unit_path like ${like(w.path)} and deposited_on between ${from}::date and ${to}::date group by unit_id
    ),
    tgt as (select unit_id, sales_rupiah, pnbp_rupiah from sales_targets where year = ${w.year} and unit_path like ${like(w.path)}),
    cred as (
      select unit_path, sum(amount_rupiah) as amount from premi_ledger
      where amount_rupiah > 0 and unit_path like ${like(w.path)} and occurred_on between ${from}::date and ${to}::date group by unit_path
    ),
    paid as (
      select unit_path, sum(amount_rupiah) as amount from premi_payouts
      where unit_path like ${like(w.path)} and paid_on between ${from}::date and ${to}::date group by unit_path
    ),
    per_upt as (
      select u.group_id,
        coalesce(prod.uji_coba, 0) as uji_coba, coalesce(prod.pengembangan, 0) as pengembangan,
        coalesce(prod.siap_pasar, 0) as siap_pasar, coalesce(prod.unggulan, 0) as unggulan,
        coalesce(prod.siap_pasar, 0) + coalesce(prod.unggulan, 0) > 0 as market,
        coalesce(tgt.sales_rupiah, 0) as sales_target, coalesce(sal.total, 0) as sales_realised,
        coalesce(tgt.pnbp_rupiah, 0) as pnbp_target, coalesce(sal.pnbp, 0) as pnbp_due, coalesce(dep.amount, 0) as pnbp_deposited,
        coalesce(cred.amount, 0) as premi_credited, coalesce(paid.amount, 0) as premi_paid,
        coalesce(c.status, 'belum_terdaftar') as coop_status
      from u
      left join prod on prod.unit_id = u.id
      left join sal on sal.unit_id = u.id
      left join dep on dep.unit_id = u.id
      left join tgt on tgt.unit_id = u.id
      left join cred on cred.unit_path = u.path
      left join paid on paid.unit_path = u.path
      left join cooperatives c on c.unit_id = u.id
    )`;
}

export function figuresSql(w: FiguresWindow): SQL {
  return sql`with ${perUpt(w)},
    grouped as (
      select group_id, count(*)::int as upts, count(*) filter (where market)::int as with_market,
        coalesce(sum(uji_coba), 0)::int as uji_coba, coalesce(sum(pengembangan), 0)::int as pengembangan, coalesce(sum(siap_pasar), 0)::int as siap_pasar, coalesce(sum(unggulan), 0)::int as unggulan,
        coalesce(sum(sales_target), 0)::float8 as sales_target, coalesce(sum(sales_realised), 0)::float8 as sales_realised,
        coalesce(sum(pnbp_target), 0)::float8 as pnbp_target, coalesce(sum(pnbp_due), 0)::float8 as pnbp_due, coalesce(sum(pnbp_deposited), 0)::float8 as pnbp_deposited,
        coalesce(sum(premi_credited), 0)::float8 as premi_credited, coalesce(sum(premi_paid), 0)::float8 as premi_paid,
        count(*) filter (where coop_status = 'belum_terdaftar')::int as belum_terdaftar,
        count(*) filter (where coop_status = 'akta_terbit')::int as akta_terbit,
        count(*) filter (where coop_status = 'berbadan_hukum')::int as berbadan_hukum,
        grouping(group_id) as is_total
      from per_upt group by grouping sets ((group_id), ())
    )
    select x.group_id as "groupId", g.name as "unitName", g.kind as "unitKind", x.upts, x.with_market as "uptsWithMarketProduct",
      x.uji_coba as "ujiCoba", x.pengembangan, x.siap_pasar as "siapPasar", x.unggulan,
      x.sales_target as "salesTargetRupiah", x.sales_realised as "salesRealisedRupiah",
      x.pnbp_target as "pnbpTargetRupiah", x.pnbp_due as "pnbpDueRupiah", x.pnbp_deposited as "pnbpDepositedRupiah",
      x.premi_credited as "premiCreditedRupiah", x.premi_paid as "premiPaidRupiah",
      x.belum_terdaftar as "belumTerdaftar", x.akta_terbit as "aktaTerbit", x.berbadan_hukum as "berbadanHukum"
    from grouped x left join org_units g on g.id = x.group_id and x.is_total = 0
    order by x.is_total desc, g.name`;
}

/** The year's figures per Kanwil or per UPT of the subtree, the total row first. */
export async function groupFigures(db: Db, w: FiguresWindow): Promise<GroupFigures[]> {
  const result = (await db.execute(figuresSql(w))) as unknown as { rows: GroupFigures[] };
  return result.rows;
}
