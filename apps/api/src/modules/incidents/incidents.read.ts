import type { IncidentMap, IncidentStats, IncidentStatsQuery, OpenSerious } from '@selaras/contracts';
import { and, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { inScope, type Principal } from '../../platform/auth/principal.js';
import { withinPath } from '../../platform/access/scope.js';
import { incidents } from './incidents.table.js';
import * as q from './incidents.read.queries.js';
import * as errors from './incidents.read.errors.js';

/** The banner shows at most this many incidents. */
export const OPEN_SERIOUS_LIMIT = 20;

/** The part of the tree a read covers: the caller's subtree, or a unit's subtree inside it (404 outside). */
export async function readScope(
  db: Db,
  principal: Principal,
  unitId?: string,
): Promise<{ path: string; kind: q.ScopeUnit['kind'] }> {
  if (!unitId) return { path: principal.position.unitPath, kind: principal.position.unitKind };
  const unit = await q.findScopeUnit(db, unitId);
  if (!unit || !inScope(principal, unit.path)) throw errors.unitNotFound();
  return { path: unit.path, kind: unit.kind };
}

const plausible = (day: string | undefined) => day === undefined || (day >= '2000-01-01' && day <= '2100-12-31');

/** A date range the database can read (PostgreSQL has no year 0) and that is not reversed. */
export function checkRange(range: { from?: string; to?: string }): void {
  if (!plausible(range.from) || !plausible(range.to)) throw errors.badRange();
  if (range.from && range.to && range.from > range.to) throw errors.badRange();
}

function statsWhere(path: string, query: IncidentStatsQuery): SQL {
  return and(withinPath(incidents.unitPath, path), ...q.occurredBetween(query.from, query.to)) as SQL;
}

export function createIncidentReadService(deps: { db: Db }) {
  const { db } = deps;

  /** Open serious incidents in the caller's subtree, newest first: the leadership dashboard's banner. */
  async function openSerious(principal: Principal): Promise<OpenSerious> {
    return { items: await q.openSerious(db, principal.position.unitPath, OPEN_SERIOUS_LIMIT) };
  }

  /** Counts by category, by Kanwil (above Kanwil level) or unit, and by month, over a subtree in scope. */
  async function stats(principal: Principal, query: IncidentStatsQuery): Promise<IncidentStats> {
    checkRange(query);
    const scope = await readScope(db, principal, query.unitId);
    const where = statsWhere(scope.path, query);
    const per = scope.kind === 'hq' || scope.kind === 'ministry' ? 'kanwil' : 'unit';
    const [totals, byCategory, byUnit, byMonth] = await Promise.all([
      q.totals(db, where),
      q.byCategory(db, where),
      q.byUnit(db, where, per),
      q.byMonth(db, where),
    ]);
    return { total: totals.total, open: totals.open, byCategory, byUnit, byMonth };
  }

  /** Per unit with coordinates: how many incidents, how many open, how many open and serious. */
  async function map(principal: Principal, query: IncidentStatsQuery): Promise<IncidentMap> {
    checkRange(query);
    const scope = await readScope(db, principal, query.unitId);
    return { points: await q.mapPoints(db, statsWhere(scope.path, query)) };
  }

  return { openSerious, stats, map };
}
export type IncidentReadService = ReturnType<typeof createIncidentReadService>;
