import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { MARKET_STAGES, type CatalogueQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { containsText } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { cooperatives } from '../cooperative/index.js';
import { productPermits, products } from './products.table.js';

const kanwil = alias(orgUnits, 'kanwil');

/** Only what the public may see: no counts of inmates, no user ids, no staff names. */
const publicColumns = {
  id: products.id,
  name: products.name,
  brand: products.brand,
  category: products.category,
  description: products.description,
  priceRupiah: products.priceRupiah,
  unitOfSale: products.unitOfSale,
  stage: products.stage,
  photoFileIds: products.photoFileIds,
  unitId: products.unitId,
  unitPath: products.unitPath,
  unitName: orgUnits.name,
  province: orgUnits.province,
  city: orgUnits.city,
  kanwilId: kanwil.id,
  kanwilName: kanwil.name,
  cooperativeName: cooperatives.name,
};

export type CatalogueRow = {
  id: string;
  name: string;
  brand: string | null;
  category: (typeof products.$inferSelect)['category'];
  description: string;
  priceRupiah: number | null;
  unitOfSale: string;
  stage: (typeof products.$inferSelect)['stage'];
  photoFileIds: string[];
  unitId: string;
  unitPath: string;
  unitName: string;
  province: string | null;
  city: string | null;
  kanwilId: string | null;
  kanwilName: string | null;
  cooperativeName: string | null;
};

/**
 * In the catalogue: not archived, at a market stage, and no permit expired before the unit's local today at `now`.
 */
function listed(now: Date): SQL {
  const localToday = sql`(${now.toISOString()}::timestamptz at time zone ${orgUnits.timezone})::date`;
  const expired = sql`exists (select 1 from ${productPermits} where ${productPermits.productId} = ${products.id} and ${productPermits.expiresOn} is not null and ${productPermits.expiresOn} < ${localToday})`;
  return and(eq(products.archived, false), inArray(products.stage, [...MARKET_STAGES]), sql`not ${expired}`) as SQL;
}

function selectListed(db: Db, where: SQL | undefined) {
  return db
    .select(publicColumns)
    .from(products)
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .leftJoin(kanwil, eq(kanwil.id, orgUnits.kanwilId))
    .leftJoin(cooperatives, eq(cooperatives.unitId, products.unitId))
    .where(where);
}

function filterOf(f: CatalogueQuery, now: Date): SQL {
  const text = f.q && f.q.length > 0 ? f.q : null;
  return and(
    listed(now),
    f.category ? eq(products.category, f.category) : undefined,
    f.kanwilId ? eq(orgUnits.kanwilId, f.kanwilId) : undefined,
    text ? or(containsText(products.name, text), containsText(products.brand, text), containsText(orgUnits.name, text)) : undefined,
  ) as SQL;
}

/** One page of the catalogue, flagship products first, then by name. */
export async function listCatalogue(db: Db, f: CatalogueQuery, now: Date, pageSize: number): Promise<{ rows: CatalogueRow[]; total: number }> {
  const where = filterOf(f, now);
  const [rows, totals] = await Promise.all([
    selectListed(db, where)
      .orderBy(desc(sql`${products.stage} = 'unggulan'`), asc(products.name), asc(products.id))
      .limit(pageSize)
      .offset((f.page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(products)
      .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
      .where(where),
  ]);
  return { rows, total: Number(totals[0]?.n ?? 0) };
}

/** A product when it is in the catalogue at `now`, else null. */
export async function findListed(db: Db, id: string, now: Date): Promise<CatalogueRow | null> {
  const [row] = await selectListed(db, and(eq(products.id, id), listed(now)));
  return row ?? null;
}

/** The Kanwil that have at least one product in the catalogue, for the filter. */
export async function kanwilWithProducts(db: Db, now: Date): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: kanwil.id, name: kanwil.name })
    .from(products)
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .innerJoin(kanwil, eq(kanwil.id, orgUnits.kanwilId))
    .where(listed(now))
    .orderBy(asc(kanwil.name));
  return rows;
}
