import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments } from '../directives/index.js';
import { campaignAllocations, campaignPhotos, campaignSites } from './campaigns.table.js';
import { realisedOf } from './campaigns.queries.js';
import { joinKanwil, kanwilOfUnit, participantsIn } from './campaigns.board.queries.js';

type ExportCampaign = { id: string; directiveId: string; targetMetricKeys: string[] };

/** Photos per site, and how many of them an automatic check flagged. */
function photoCounts(campaignId: string) {
  return sql`(select ${campaignPhotos.siteId} as site_id, count(*)::int as photos, (count(*) filter (where ${campaignPhotos.flags} <> '[]'::jsonb))::int as flagged
    from ${campaignPhotos} where ${campaignPhotos.campaignId} = ${campaignId} group by ${campaignPhotos.siteId})`;
}

/** Sites in scope with unit, Kanwil, report status and photo counts; `limit` rows at most (ask one more to learn there are more). */
export async function siteExportRows(db: Db, c: ExportCampaign, scopePath: string, limit: number) {
  return db
    .select({
      site: campaignSites,
      unitName: orgUnits.name,
      kanwilName: kanwilOfUnit.name,
      status: assignments.status,
      photos: sql<number>`coalesce(photo_counts.photos, 0)::int`,
      flaggedPhotos: sql<number>`coalesce(photo_counts.flagged, 0)::int`,
    })
    .from(campaignSites)
    .innerJoin(orgUnits, eq(orgUnits.id, campaignSites.unitId))
    .leftJoin(kanwilOfUnit, joinKanwil)
    .leftJoin(
      assignments,
      and(eq(assignments.directiveId, c.directiveId), eq(assignments.unitId, campaignSites.unitId), eq(assignments.role, 'follow_up'), eq(assignments.windowNo, 1)),
    )
    .leftJoin(sql`${photoCounts(c.id)} photo_counts`, sql`photo_counts.site_id = ${campaignSites.id}`)
    .where(and(eq(campaignSites.campaignId, c.id), withinPath(campaignSites.unitPath, scopePath)))
    .orderBy(asc(kanwilOfUnit.name), asc(orgUnits.name), asc(campaignSites.name), asc(campaignSites.id))
    .limit(limit);
}

/** Participating units in scope with their allocation, realised quantity, report and number of sites. */
export async function unitExportRows(db: Db, c: ExportCampaign, scopePath: string, limit: number) {
  const siteCounts = sql`(select ${campaignSites.unitId} as unit_id, count(*)::int as sites from ${campaignSites} where ${campaignSites.campaignId} = ${c.id} group by ${campaignSites.unitId})`;
  return db
    .select({
      unitName: orgUnits.name,
      timezone: orgUnits.timezone,
      kanwilName: kanwilOfUnit.name,
      target: campaignAllocations.target,
      realised: sql<number>`(${realisedOf(assignments.latestValues, c.targetMetricKeys)})::float8`,
      values: assignments.latestValues,
      status: assignments.status,
      sites: sql<number>`coalesce(site_counts.sites, 0)::int`,
      reportedAt: assignments.reportedAt,
      verifiedAt: assignments.verifiedAt,
    })
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .leftJoin(kanwilOfUnit, joinKanwil)
    .leftJoin(campaignAllocations, and(eq(campaignAllocations.campaignId, c.id), eq(campaignAllocations.unitId, assignments.unitId)))
    .leftJoin(sql`${siteCounts} site_counts`, sql`site_counts.unit_id = ${assignments.unitId}`)
    .where(participantsIn(c.directiveId, scopePath))
    .orderBy(asc(kanwilOfUnit.name), asc(orgUnits.name))
    .limit(limit);
}
