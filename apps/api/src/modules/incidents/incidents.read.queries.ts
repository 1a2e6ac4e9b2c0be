import { and, asc, desc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListIncidentsQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { incidentCategories } from './incident-catalogue.table.js';
import { incidents } from './incidents.table.js';
import { selectSummaries, toSummary } from './incidents.summary.js';

/** The zone month buckets and date filters are read in: one national calendar for the statistics. */
export const STATS_ZONE = 'Asia/Jakarta';

/** Open: every status but ditutup. */
export const isOpen = ne(incidents.status, 'ditutup');
/** Serious for the banner, the map and the statistics: a serious category, or berat and above. */
export const isSerious = sql`(${incidents.serious} or ${incidents.severityRank} >= 3)`;

const count = (condition?: SQL) =>
  condition ? sql<number>`(count(*) filter (where ${condition}))::int` : sql<number>`count(*)::int`;

/** A calendar date's start in the statistics zone, as an instant. */
const dayStart = (day: string) => sql`(${day}::date)::timestamp at time zone ${STATS_ZONE}`;

/** `occurred_at` from the start of `from` to the end of `to` (both inclusive, Jakarta days). */
export function occurredBetween(from?: string, to?: string): SQL[] {
  const out: SQL[] = [];
  if (from) out.push(gte(incidents.occurredAt, dayStart(from)));
  if (to) out.push(lt(incidents.occurredAt, sql`${dayStart(to)} + interval '1 day'`));
  return out;
}

export type ScopeUnit = { id: string; name: string; path: string; kind: 'ministry' | 'hq' | 'kanwil' | 'upt' };

export async function findScopeUnit(db: Db, unitId: string): Promise<ScopeUnit | null> {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId));
  return row ?? null;
}

/** The board's filters as a condition; `scopePath` is the caller's subtree (or a unit's inside it). */
export function listFilter(scopePath: string, query: Omit<ListIncidentsQuery, 'limit' | 'offset' | 'unitId'>): SQL {
  const parts: SQL[] = [withinPath(incidents.unitPath, scopePath), ...occurredBetween(query.from, query.to)];
  if (query.status === 'open') parts.push(isOpen);
  else if (query.status) parts.push(eq(incidents.status, query.status));
  if (query.categoryId) parts.push(eq(incidents.categoryId, query.categoryId));
  if (query.serious) parts.push(eq(incidents.serious, query.serious === 'true'));
  return and(...parts) as SQL;
}

/** The newest open serious incidents in the subtree, as board rows. */
export async function openSerious(db: Db, scopePath: string, limit: number) {
  const rows = await selectSummaries(db, and(withinPath(incidents.unitPath, scopePath), isOpen, isSerious)).limit(
    limit,
  );
  return rows.map(toSummary);
}

export type StatCounts = { total: number; open: number; serious: number };
type Row = StatCounts & { key: string; label: string };
const counts = { total: count(), open: count(isOpen), serious: count(isSerious) };

export async function totals(db: Db, where: SQL): Promise<StatCounts> {
  const [row] = await db.select(counts).from(incidents).where(where);
  return row ?? { total: 0, open: 0, serious: 0 };
}

export function byCategory(db: Db, where: SQL): Promise<Row[]> {
  return db
    .select({ key: incidentCategories.code, label: incidentCategories.name, ...counts })
    .from(incidents)
    .innerJoin(incidentCategories, eq(incidentCategories.id, incidents.categoryId))
    .where(where)
    .groupBy(incidentCategories.id, incidentCategories.code, incidentCategories.name, incidentCategories.sortOrder)
    .orderBy(asc(incidentCategories.sortOrder), asc(incidentCategories.name));
}

const groupUnit = alias(orgUnits, 'group_unit');

/**
 * Per Kanwil (a unit rolls up to its Kanwil; a unit above every Kanwil stands for itself) or per unit,
 * most incidents first.
 */
export function byUnit(db: Db, where: SQL, per: 'kanwil' | 'unit'): Promise<Row[]> {
  const join =
    per === 'kanwil'
      ? sql`${groupUnit.id} = coalesce(${orgUnits.kanwilId}, ${orgUnits.id})`
      : sql`${groupUnit.id} = ${orgUnits.id}`;
  return db
    .select({ key: groupUnit.id, label: groupUnit.name, ...counts })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.unitId))
    .innerJoin(groupUnit, join)
    .where(where)
    .groupBy(groupUnit.id, groupUnit.name)
    .orderBy(desc(count()), asc(groupUnit.name));
}

const monthOf = sql<string>`to_char(${incidents.occurredAt} at time zone ${sql.raw(`'${STATS_ZONE}'`)}, 'YYYY-MM')`;

export function byMonth(db: Db, where: SQL): Promise<Row[]> {
  return db
    .select({ key: monthOf, label: monthOf, ...counts })
    .from(incidents)
    .where(where)
    .groupBy(monthOf)
    .orderBy(asc(monthOf));
}

/** One point per unit with coordinates that has incidents matching `where`. */
export function mapPoints(db: Db, where: SQL) {
  return db
    .select({
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      lat: sql<number>`${orgUnits.lat}`,
      lng: sql<number>`${orgUnits.lng}`,
      total: count(),
      open: count(isOpen),
      openSerious: count(and(isOpen, isSerious)),
    })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.unitId))
    .where(and(where, sql`${orgUnits.lat} is not null and ${orgUnits.lng} is not null`))
    .groupBy(orgUnits.id, orgUnits.name, orgUnits.lat, orgUnits.lng)
    .orderBy(asc(orgUnits.name));
}
