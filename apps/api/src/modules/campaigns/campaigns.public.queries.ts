import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { assignments } from '../directives/index.js';
import { campaignPhotos, campaignSites } from './campaigns.table.js';
import { VERIFIED } from './campaigns.board.queries.js';

/** The follow-up (window 1) on the campaign's directive of the unit a site or photo belongs to. */
function reportOfUnit(directiveId: string, unitId: typeof campaignSites.unitId | typeof campaignPhotos.unitId): SQL {
  return and(
    eq(assignments.directiveId, directiveId),
    eq(assignments.unitId, unitId),
    eq(assignments.role, 'follow_up'),
    eq(assignments.windowNo, 1),
  ) as SQL;
}

/** At most this many photos on the public page, newest first. */
const PUBLIC_PHOTO_LIMIT = 60;

/** The sites of the given units, their position rounded to about 100 m, and how many partners each had. */
export async function sitePointsOfUnits(db: Db, campaignId: string, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      lat: sql<number>`round(${campaignSites.lat}::numeric, 3)::float8`,
      lng: sql<number>`round(${campaignSites.lng}::numeric, 3)::float8`,
      partners: sql<number>`jsonb_array_length(${campaignSites.partners})`,
    })
    .from(campaignSites)
    .where(and(eq(campaignSites.campaignId, campaignId), inArray(campaignSites.unitId, unitIds)))
    .orderBy(asc(campaignSites.id));
}

/** A photo may be published when its unit's report is verified, it shows no faces and no automatic check flagged it. */
function publishable(c: { id: string }): SQL {
  return and(
    eq(campaignPhotos.campaignId, c.id),
    VERIFIED,
    eq(campaignPhotos.showsFaces, false),
    sql`${campaignPhotos.flags} = '[]'::jsonb`,
  ) as SQL;
}

/** The newest publishable photos; `verifiedUnitIds` are the units whose report is verified (passed in, not joined, to keep the plan flat). */
export async function publishableFileIds(db: Db, campaignId: string, verifiedUnitIds: string[]): Promise<string[]> {
  if (verifiedUnitIds.length === 0) return [];
  const rows = await db
    .select({ fileId: campaignPhotos.fileId })
    .from(campaignPhotos)
    .where(
      and(
        eq(campaignPhotos.campaignId, campaignId),
        inArray(campaignPhotos.unitId, verifiedUnitIds),
        eq(campaignPhotos.showsFaces, false),
        sql`${campaignPhotos.flags} = '[]'::jsonb`,
      ),
    )
    .groupBy(campaignPhotos.fileId)
    .orderBy(sql`max(${campaignPhotos.createdAt}) desc`, asc(campaignPhotos.fileId))
    .limit(PUBLIC_PHOTO_LIMIT);
  return rows.map((r) => r.fileId);
}

export async function isPublishable(db: Db, c: { id: string; directiveId: string }, fileId: string): Promise<boolean> {
  const [row] = await db
    .select({ fileId: campaignPhotos.fileId })
    .from(campaignPhotos)
    .innerJoin(assignments, reportOfUnit(c.directiveId, campaignPhotos.unitId))
    .where(and(publishable(c), eq(campaignPhotos.fileId, fileId)))
    .limit(1);
  return row !== undefined;
}
