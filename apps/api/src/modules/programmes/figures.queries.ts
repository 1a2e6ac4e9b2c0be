import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { escapeLike } from '../../platform/access/scope.js';

/** A month as the units' local dates, first and last day inclusive; `path` the subtree read. */
export type FiguresWindow = { path: string; from: string; to: string };

/** Raw totals per group: counted in the database, turned into rates by the service. */
export type Totals = { population: number; participants: number; hours: number };

export type ScopeUnit = { id: string; name: string; path: string; kind: 'ministry' | 'hq' | 'kanwil' | 'upt' };

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function findScopeUnit(db: Db, by: { id: string } | { path: string }): Promise<ScopeUnit | null> {
  const where = 'id' in by ? sql`id = ${by.id}` : sql`path = ${by.path}`;
  const [row] = await rows<ScopeUnit>(db, sql`select id, name, path, kind from org_units where ${where}`);
  return row ?? null;
}

const like = (path: string) => `${escapeLike(path)}%`;

/**
 * The population of the window (stays overlapping the month) with each inmate's attended hours in it, as CTEs:
 * `pop` (id, unit_id, sex) and `att` (inmate_id, hours). Only `hadir` in sessions not cancelled counts.
 */
function populationWithHours(w: FiguresWindow): SQL {
  return sql`
    pop as (
      select i.id, i.unit_id, i.sex from inmates i
      where i.unit_path like ${like(w.path)}
        and i.entry_date <= ${w.to}::date and (i.exit_date is null or i.exit_date >= ${w.from}::date)
    ),
    att as (
      select a.inmate_id, sum(s.hours) as hours
      from programme_sessions s join attendance a on a.session_id = s.id
      where s.unit_path like ${like(w.path)} and s.date between ${w.from}::date and ${w.to}::date
        and not s.cancelled and a.status = 'hadir'
      group by a.inmate_id
    )`;
}

const totalsColumns = sql`count(*)::int as population, count(att.inmate_id)::int as participants,
  coalesce(sum(att.hours), 0)::float8 as hours`;

/** The whole window and each sex in one pass (`sex` null on the total row). */
export function totalsAndSex(db: Db, w: FiguresWindow): Promise<(Totals & { sex: 'L' | 'P' | null })[]> {
  return rows(db, figuresSql.totalsAndSex(w));
}

function totalsAndSexSql(w: FiguresWindow): SQL {
  return sql`with ${populationWithHours(w)}
      select pop.sex, ${totalsColumns}
      from pop left join att on att.inmate_id = pop.id
      group by grouping sets ((), (pop.sex))
      order by pop.sex nulls first`;
}

/**
 * Participants and hours per track (category null) and per category of programme, among the window's
 * population; an inmate counts once per track and once per category.
 */
export function byCategory(
  db: Db,
  w: FiguresWindow,
): Promise<{ track: 'kepribadian' | 'kemandirian'; category: string | null; participants: number; hours: number }[]> {
  return rows(db, figuresSql.byCategory(w));
}

function byCategorySql(w: FiguresWindow): SQL {
  // Hours per inmate and category first; a track's participants are then its distinct inmates (hash aggregates,
  // where count(distinct) over grouping sets would sort every attendance row).
  return sql`with ${populationWithHours(w)},
    per as (
      select a.inmate_id, p.track, p.category, sum(s.hours) as hours
      from programme_sessions s
      join attendance a on a.session_id = s.id
      join programmes p on p.id = s.programme_id
      join pop on pop.id = a.inmate_id
      where s.unit_path like ${like(w.path)} and s.date between ${w.from}::date and ${w.to}::date
        and not s.cancelled and a.status = 'hadir'
      group by a.inmate_id, p.track, p.category
    )
    select track, category, count(*)::int as participants, sum(hours)::float8 as hours
    from per group by track, category
    union all
    select track, null, count(*)::int, sum(hours)::float8
    from (select inmate_id, track, sum(hours) as hours from per group by inmate_id, track) t group by track
    order by 1, 2 nulls first`;
}

/**
 * The same totals per Kanwil (a unit rolls up to its Kanwil) or per UPT, for every such unit in the subtree,
 * including those without inmates.
 */
export function byUnit(
  db: Db,
  w: FiguresWindow,
  per: 'kanwil' | 'unit',
): Promise<(Totals & { unitId: string; unitName: string; unitKind: ScopeUnit['kind'] })[]> {
  return rows(db, figuresSql.byUnit(w, per));
}

function byUnitSql(w: FiguresWindow, per: 'kanwil' | 'unit'): SQL {
  const groupOf = per === 'kanwil' ? sql`coalesce(u.kanwil_id, u.id)` : sql`u.id`;
  const kinds = per === 'kanwil' ? sql`g.kind = 'kanwil'` : sql`g.kind = 'upt'`;
  return sql`with ${populationWithHours(w)},
    grouped as (
      select ${groupOf} as group_id, ${totalsColumns}
      from pop join org_units u on u.id = pop.unit_id left join att on att.inmate_id = pop.id
      group by 1
    )
    select g.id as "unitId", g.name as "unitName", g.kind as "unitKind",
           coalesce(x.population, 0)::int as population, coalesce(x.participants, 0)::int as participants,
           coalesce(x.hours, 0)::float8 as hours
    from org_units g left join grouped x on x.group_id = g.id
    where g.path like ${like(w.path)} and (${kinds} or x.group_id is not null)
    order by g.name`;
}

/** The statements behind the figures, for the benchmark's query plans. */
export const figuresSql = { totalsAndSex: totalsAndSexSql, byCategory: byCategorySql, byUnit: byUnitSql };
