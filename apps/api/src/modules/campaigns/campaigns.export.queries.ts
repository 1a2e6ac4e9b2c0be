import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments } from '../directives/index.js';
import { campaignAllocations, campaignPhotos, campaignSites } from './campaigns.table.js';
import { realisedOf } from './campaigns.queries.js';
import { joinKanwil, kanwilOfUnit, participantsIn } from './campaigns.board.queries.js';

// Per-site and per-unit figures are read in separate grouped queries and matched in memory: joined
// per row, a planner without fresh statistics loops over every assignment for every site.

type ExportCampaign = { id: string; directiveId: string; targetMetricKeys: string[] };

/** Sites in scope with unit and Kanwil; `limit` rows at most (ask one more to learn there are more). */
export async function siteExportRows(db: Db, c: ExportCampaign, scopePath: string, limit: number) {
  return db
    .select({ site: campaignSites, unitName: orgUnits.name, kanwilName: kanwilOfUnit.name })
    .from(campaignSites)
    .innerJoin(orgUnits, eq(orgUnits.id, campaignSites.unitId))
    .leftJoin(kanwilOfUnit, joinKanwil)
    .where(and(eq(campaignSites.campaignId, c.id), withinPath(campaignSites.unitPath, scopePath)))
    .orderBy(asc(kanwilOfUnit.name), asc(orgUnits.name), asc(campaignSites.name), asc(campaignSites.id))
    .limit(limit);
}

/** Photos per site in scope, and how many of them an automatic check flagged. */
export async function photoCountsBySite(
  db: Db,
  campaignId: string,
  scopePath: string,
): Promise<Map<string, { photos: number; flagged: number }>> {
  const rows = await db
    .select({
      siteId: campaignPhotos.siteId,
      photos: sql<number>`count(*)::int`,
      flagged: sql<number>`(count(*) filter (where ${campaignPhotos.flags} <> '[]'::jsonb))::int`,
    })
    .from(campaignPhotos)
    .where(and(eq(campaignPhotos.campaignId, campaignId), withinPath(campaignPhotos.unitPath, scopePath)))
    .groupBy(campaignPhotos.siteId);
  return new Map(rows.map((r) => [r.siteId, { photos: Number(r.photos), flagged: Number(r.flagged) }]));
}

/** Sites per unit in scope. */
export async function siteCountsByUnit(db: Db, campaignId: string, scopePath: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ unitId: campaignSites.unitId, sites: sql<number>`count(*)::int` })
    .from(campaignSites)
    .where(and(eq(campaignSites.campaignId, campaignId), withinPath(campaignSites.unitPath, scopePath)))
    .groupBy(campaignSites.unitId);
  return new Map(rows.map((r) => [r.unitId, Number(r.sites)]));
}

/** Participating units in scope with their allocation, realised quantity and report. */
export async function unitExportRows(db: Db, c: ExportCampaign, scopePath: string, limit: number) {
  return db
    .select({
      unitId: assignments.unitId,
      unitName: orgUnits.name,
      timezone: orgUnits.timezone,
      kanwilName: kanwilOfUnit.name,
      target: campaignAllocations.target,
      realised: sql<number>`(${realisedOf(assignments.latestValues, c.targetMetricKeys)})::float8`,
      values: assignments.latestValues,
      status: assignments.status,
      reportedAt: assignments.reportedAt,
      verifiedAt: assignments.verifiedAt,
    })
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .leftJoin(kanwilOfUnit, joinKanwil)
    .leftJoin(
      campaignAllocations,
      and(eq(campaignAllocations.campaignId, c.id), eq(campaignAllocations.unitId, assignments.unitId)),
    )
    .where(participantsIn(c.directiveId, scopePath))
    .orderBy(asc(kanwilOfUnit.name), asc(orgUnits.name))
    .limit(limit);
}
