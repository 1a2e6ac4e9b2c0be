import type { Overview, OverviewQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { countDirectives, groupProgress, overdueFollowUps, sumProgress, unitProgress } from '../directives/index.js';
import { toMapPoints, toOverdueItem } from './overview.mappers.js';

export type OverviewService = ReturnType<typeof createOverviewService>;

const OVERDUE_LIST = 20;

export function createOverviewService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /** The dashboard of the caller's subtree: HQ national, a Kanwil its UPTs, a UPT itself. */
  async function get(principal: Principal, filter: OverviewQuery): Promise<Overview> {
    const now = clock();
    const scope = principal.position.unitPath;
    // Independent reads: on PostgreSQL they run side by side on the pool.
    const [directives, units, overdue] = await Promise.all([
      countDirectives(db, scope, filter, now),
      unitProgress(db, scope, filter, now),
      overdueFollowUps(db, scope, filter, now, OVERDUE_LIST),
    ]);
    const groupedBy = principal.position.unitKind === 'hq' || principal.position.unitKind === 'ministry' ? 'kanwil' : 'unit';
    const followUps = sumProgress(units);
    return {
      scope: { unitId: principal.position.unitId, unitName: principal.position.unitName, unitKind: principal.position.unitKind },
      generatedAt: now.toISOString(),
      directives,
      followUps,
      compliance: { groupedBy, rows: groupProgress(units, groupedBy) },
      overdue: overdue.map((row) => toOverdueItem(row, now)),
      overdueTotal: followUps.overdue,
      map: toMapPoints(units),
    };
  }

  return { get };
}
