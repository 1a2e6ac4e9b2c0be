import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { campaignSiteChecks, campaignSites } from './campaigns.table.js';
import { realisedOf } from './campaigns.queries.js';
import { joinKanwil, kanwilOfUnit, selectRows } from './campaigns.board.queries.js';

/** What a site planted: the sum of its results over the target metrics, or its planned figure while it has no results. */
export function plantedOf(keys: string[]): SQL<number> {
  return sql<number>`(case when ${campaignSites.results} is null then ${campaignSites.planned} else ${realisedOf(sql`${campaignSites.results}`, keys)} end)`;
}

export type SurvivalRow = {
  /** False on the national rows (one per window), true on the per-Kanwil rows. */
  perKanwil: boolean;
  kanwilId: string | null;
  kanwilName: string | null;
  /** Null on the row that only says a Kanwil has sites but no check yet. */
  window: number | null;
  sitesChecked: number;
  planted: number;
  alive: number;
  dead: number;
  replanted: number;
};

/**
 * Survival counts summed per window, nationally and per Kanwil, in one grouped pass over the sites in
 * scope and their checks. A Kanwil whose sites have no check yet still gets a row (window null).
 */
export async function survivalRollup(
  db: Db,
  c: { id: string; targetMetricKeys: string[] },
  scopePath: string,
): Promise<SurvivalRow[]> {
  const checked = sql`${campaignSiteChecks.window} is not null`;
  const rows = await selectRows<{
    per_kanwil: number;
    kanwil_id: string | null;
    kanwil_name: string | null;
    window: number | null;
    sites_checked: number;
    planted: number;
    alive: number;
    dead: number;
    replanted: number;
  }>(
    db,
    sql`
    select grouping(${kanwilOfUnit.id}) = 0 as per_kanwil, ${kanwilOfUnit.id} as kanwil_id, ${kanwilOfUnit.name} as kanwil_name,
      ${campaignSiteChecks.window} as window,
      (count(*) filter (where ${checked}))::int as sites_checked,
      coalesce(sum(${plantedOf(c.targetMetricKeys)}) filter (where ${checked}), 0)::float8 as planted,
      coalesce(sum(${campaignSiteChecks.alive}), 0)::float8 as alive,
      coalesce(sum(${campaignSiteChecks.dead}), 0)::float8 as dead,
      coalesce(sum(${campaignSiteChecks.replanted}), 0)::float8 as replanted
    from ${campaignSites}
    join ${orgUnits} on ${orgUnits.id} = ${campaignSites.unitId}
    left join ${orgUnits} as ${kanwilOfUnit} on ${joinKanwil}
    left join ${campaignSiteChecks} on ${campaignSiteChecks.siteId} = ${campaignSites.id}
    where ${campaignSites.campaignId} = ${c.id} and ${withinPath(campaignSites.unitPath, scopePath)}
    group by grouping sets ((${campaignSiteChecks.window}), (${campaignSiteChecks.window}, ${kanwilOfUnit.id}, ${kanwilOfUnit.name}))`,
  );
  return rows.map((r) => ({
    perKanwil: Boolean(r.per_kanwil),
    kanwilId: r.kanwil_id,
    kanwilName: r.kanwil_name,
    window: r.window === null ? null : Number(r.window),
    sitesChecked: Number(r.sites_checked),
    planted: Number(r.planted),
    alive: Number(r.alive),
    dead: Number(r.dead),
    replanted: Number(r.replanted),
  }));
}
