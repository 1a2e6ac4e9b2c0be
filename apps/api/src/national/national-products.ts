import { sql } from 'drizzle-orm';
import { PRODUCT_CATEGORIES, PRODUCT_STAGES } from '@selaras/contracts';
import type { Db } from '../platform/db/index.js';
import { selectRows } from './national-units.js';

export type NationalProductsResult = {
  products: number;
  batches: number;
  sales: number;
  premiCredits: number;
};

const PRODUCTS_PER_UPT = 3;
const CREW_PER_UPT = 6;
const WEEKS = 52;
/** Weights of the three inmates who make each batch (pieces): the premi of a sale is divided 1 : 2 : 3. */
const WORKER_WEIGHTS = [1, 2, 3];
const WEIGHT_SUM = WORKER_WEIGHTS.reduce((a, b) => a + b, 0);

const textArray = (values: readonly string[]) => sql.raw(`array['${values.join("','")}']`);
const uuidOf = (text: ReturnType<typeof sql>) => sql`md5(${text})::uuid`;

/**
 * Flagship products at national scale, written set-wise in SQL: per UPT a crew of inmates and three products at
 * their stages, a batch every week for a year made by three of the crew, one sale per batch (70 % of it) split by
 * the rule in force on its day, and the premi of each sale credited to the batch's makers by their pieces. Prices
 * are whole multiples of 10,000 rupiah, so every basis-point share is exact and nothing is lost to rounding.
 */
export async function addNationalProducts(db: Db, opts: { now: Date }): Promise<NationalProductsResult> {
  const [meta] = await selectRows<{ admin: string | null }>(db, sql`select id::text as admin from users where username = 'admin'`);
  if (!meta?.admin) throw new Error('the national products need the demo admin account');
  const admin = sql`${meta.admin}::uuid`;
  const today = sql`(${opts.now.toISOString()}::timestamptz at time zone 'Asia/Jakarta')::date`;
  const numbered = sql`(select id, path, (row_number() over (order by path) - 1)::int as k from org_units where kind = 'upt')`;
  const crewId = (k: ReturnType<typeof sql>, c: ReturnType<typeof sql>) => uuidOf(sql`'national-crew-' || ${k} || '-' || ${c}`);
  const productId = uuidOf(sql`'national-product-' || u.k || '-' || j`);
  const batchId = uuidOf(sql`'national-batch-' || u.k || '-' || j || '-' || w`);
  const saleId = uuidOf(sql`'national-sale-' || u.k || '-' || j || '-' || w`);

  await db.execute(sql`
    insert into inmates (id, unit_id, unit_path, registration_number, name, pseudonym, sex, birth_year, category,
                         status, entry_date)
    select ${crewId(sql`u.k`, sql`c`)}, u.id, u.path, 'NASIONAL-KRU/' || c, 'Warga Binaan Produksi ' || (u.k * ${CREW_PER_UPT} + c),
           'WB-1' || lpad(upper(to_hex(u.k * ${CREW_PER_UPT} + c)), 5, '0'), case when c = 0 then 'P' else 'L' end,
           1970 + (u.k + c) % 30, 'narapidana', 'aktif', ${today} - 500
    from ${numbered} u cross join generate_series(0, ${CREW_PER_UPT - 1}) as c
    on conflict do nothing`);
  await db.execute(sql`
    insert into products (id, unit_id, unit_path, name, brand, category, description, unit_of_sale, price_rupiah,
                          cost_rupiah, capacity_per_week, inmates_involved, inmates_trained, packaging_ready, label_ready,
                          sales_channels, stage, stage_changed_at, created_by_user_id)
    select ${productId}, u.id, u.path, 'Produk ' || (j + 1) || ' UPT ' || (u.k + 1), 'Karya WBP',
           (${textArray(PRODUCT_CATEGORIES)})[1 + (u.k + j) % ${PRODUCT_CATEGORIES.length}],
           'Produk binaan dari dataset nasional sintetis.', 'buah', 10000 * (2 + (u.k + j) % 8), 6000 * (2 + (u.k + j) % 8),
           120, ${CREW_PER_UPT}, 4, true, true, '["koperasi","online"]'::jsonb,
           (${textArray(PRODUCT_STAGES)})[1 + (u.k + j) % ${PRODUCT_STAGES.length}], ${today} - 60, ${admin}
    from ${numbered} u cross join generate_series(0, ${PRODUCTS_PER_UPT - 1}) as j`);
  await db.execute(sql`
    insert into production_batches (id, product_id, unit_id, unit_path, produced_on, quantity, work_basis, recorded_by_user_id)
    select ${batchId}, ${productId}, u.id, u.path, ${today} - 7 * w + (u.k + j) % 3, 40 + (u.k + j + w) % 60, 'potong', ${admin}
    from ${numbered} u cross join generate_series(0, ${PRODUCTS_PER_UPT - 1}) as j cross join generate_series(1, ${WEEKS}) as w`);
  await db.execute(sql`
    insert into batch_workers (batch_id, inmate_id, amount)
    select ${batchId}, ${crewId(sql`u.k`, sql`(j + w + i) % ${CREW_PER_UPT}`)}, 1 + i
    from ${numbered} u cross join generate_series(0, ${PRODUCTS_PER_UPT - 1}) as j cross join generate_series(1, ${WEEKS}) as w
    cross join generate_series(0, ${WORKER_WEIGHTS.length - 1}) as i`);

  // One sale per batch three days after it was made, by the split rule in force that day.
  await db.execute(sql`
    insert into sales (id, unit_id, unit_path, sold_on, channel, total_rupiah, split_rule_id, pnbp_rupiah, premi_rupiah,
                       capital_rupiah, recorded_by_user_id)
    select ${saleId}, b.unit_id, b.unit_path, b.produced_on + 3, case when w % 2 = 0 then 'koperasi' else 'online' end,
           t.total, r.id, t.total * r.pnbp_basis_points / 10000, t.total * r.premi_basis_points / 10000,
           t.total - t.total * r.pnbp_basis_points / 10000 - t.total * r.premi_basis_points / 10000, ${admin}
    from ${numbered} u cross join generate_series(0, ${PRODUCTS_PER_UPT - 1}) as j cross join generate_series(1, ${WEEKS}) as w
    join production_batches b on b.id = ${batchId}
    join products p on p.id = b.product_id
    cross join lateral (select (b.quantity * 7 / 10) * p.price_rupiah as total) t
    cross join lateral (select id, pnbp_basis_points, premi_basis_points from proceeds_split_rules
                        where effective_from <= (b.produced_on + 3)::timestamptz + interval '1 day'
                        order by effective_from desc limit 1) r
    where b.produced_on + 3 <= ${today}`);
  await db.execute(sql`
    insert into sale_items (id, sale_id, product_id, batch_id, quantity, unit_price_rupiah, amount_rupiah)
    select md5('national-sale-item-' || s.id)::uuid, s.id, b.product_id, b.id, b.quantity * 7 / 10, p.price_rupiah, s.total_rupiah
    from ${numbered} u cross join generate_series(0, ${PRODUCTS_PER_UPT - 1}) as j cross join generate_series(1, ${WEEKS}) as w
    join sales s on s.id = ${saleId}
    join production_batches b on b.id = ${batchId}
    join products p on p.id = b.product_id`);
  // The premi by pieces: the first makers get the floor of their share, the last one what is left.
  await db.execute(sql`
    insert into premi_ledger (id, inmate_id, unit_path, kind, amount_rupiah, sale_id, batch_id, occurred_on)
    select md5('national-premi-' || s.id || '-' || i)::uuid, ${crewId(sql`u.k`, sql`(j + w + i) % ${CREW_PER_UPT}`)},
           s.unit_path, 'penjualan',
           case when i < ${WORKER_WEIGHTS.length - 1} then s.premi_rupiah * (1 + i) / ${WEIGHT_SUM}
                else s.premi_rupiah - s.premi_rupiah * 1 / ${WEIGHT_SUM} - s.premi_rupiah * 2 / ${WEIGHT_SUM} end,
           s.id, ${batchId}, s.sold_on
    from ${numbered} u cross join generate_series(0, ${PRODUCTS_PER_UPT - 1}) as j cross join generate_series(1, ${WEEKS}) as w
    join sales s on s.id = ${saleId}
    cross join generate_series(0, ${WORKER_WEIGHTS.length - 1}) as i`);

  await db.execute(sql`analyze inmates, products, production_batches, batch_workers, sales, sale_items, premi_ledger`);
  const [counts] = await selectRows<NationalProductsResult>(
    db,
    sql`select (select count(*)::int from products where description like '%dataset nasional%') as products,
               (select count(*)::int from production_batches b join products p on p.id = b.product_id
                 where p.description like '%dataset nasional%') as batches,
               (select count(*)::int from sales where id in (select sale_id from sale_items i join products p on p.id = i.product_id
                 where p.description like '%dataset nasional%')) as sales,
               (select count(*)::int from premi_ledger where kind = 'penjualan') as "premiCredits"`,
  );
  return counts ?? { products: 0, batches: 0, sales: 0, premiCredits: 0 };
}
