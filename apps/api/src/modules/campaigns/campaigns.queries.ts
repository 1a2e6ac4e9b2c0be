import { and, asc, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AssignmentStatus, SiteStatus } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { files } from '../../platform/files/index.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, directives } from '../directives/index.js';
import { campaignPhotos, campaigns, campaignSiteChecks, campaignSites } from './campaigns.table.js';

export type CampaignRow = typeof campaigns.$inferSelect;
export type SiteRow = typeof campaignSites.$inferSelect;
export type PhotoRow = typeof campaignPhotos.$inferSelect;

const campaignColumns = {
  campaign: campaigns,
  title: directives.title,
  body: directives.body,
  reference: directives.reference,
  metrics: directives.metrics,
  verifiedBy: directives.verifiedBy,
  issuerUnitPath: directives.issuerUnitPath,
};

/** A campaign is visible to the issuer's subtree and to every unit taking part in it (as its directive is). */
function visibleTo(scopePath: string): SQL {
  return or(
    withinPath(directives.issuerUnitPath, scopePath),
    exists(sql`(select 1 from ${assignments} where ${assignments.directiveId} = ${directives.id} and ${withinPath(assignments.unitPath, scopePath)})`),
  ) as SQL;
}

export async function listCampaigns(db: Db, scopePath: string) {
  return db
    .select(campaignColumns)
    .from(campaigns)
    .innerJoin(directives, eq(directives.id, campaigns.directiveId))
    .where(visibleTo(scopePath))
    .orderBy(sql`${campaigns.eventDate} desc`, asc(campaigns.id));
}

export async function findCampaign(db: Db, scopePath: string, id: string) {
  const [row] = await db
    .select(campaignColumns)
    .from(campaigns)
    .innerJoin(directives, eq(directives.id, campaigns.directiveId))
    .where(and(eq(campaigns.id, id), visibleTo(scopePath)));
  return row ?? null;
}
export type CampaignView = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

/** Unscoped, for the public page: the caller decides what may be shown. */
export async function findCampaignById(db: Db, id: string) {
  const [row] = await db.select(campaignColumns).from(campaigns).innerJoin(directives, eq(directives.id, campaigns.directiveId)).where(eq(campaigns.id, id));
  return row ?? null;
}

const participantColumns = {
  assignmentId: assignments.id,
  unitId: assignments.unitId,
  unitPath: assignments.unitPath,
  status: assignments.status,
  unitName: orgUnits.name,
  unitKind: orgUnits.kind,
  timezone: orgUnits.timezone,
  kanwilId: orgUnits.kanwilId,
};

/** A unit taking part in the directive, with its report status for the given window. */
export async function findParticipant(db: Db, directiveId: string, unitId: string, windowNo = 1) {
  const [row] = await db
    .select(participantColumns)
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .where(and(eq(assignments.directiveId, directiveId), eq(assignments.unitId, unitId), eq(assignments.role, 'follow_up'), eq(assignments.windowNo, windowNo)));
  return row ?? null;
}
export type Participant = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

export async function listParticipants(db: Db, directiveId: string, scopePath: string) {
  return db
    .select(participantColumns)
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .where(and(eq(assignments.directiveId, directiveId), eq(assignments.role, 'follow_up'), eq(assignments.windowNo, 1), withinPath(assignments.unitPath, scopePath)))
    .orderBy(asc(orgUnits.name));
}

export function siteStatusOf(status: AssignmentStatus | null): SiteStatus {
  if (status === 'dilaporkan' || status === 'dilaporkan_ulang') return 'dilaporkan';
  if (status === 'terverifikasi') return 'terverifikasi';
  if (status === 'dikembalikan') return 'dikembalikan';
  return 'terdaftar';
}

/** Sites in the scope (optionally of one unit, or one site), with their unit and the unit's report status. */
export async function listSites(db: Db, c: { id: string; directiveId: string }, scopePath: string, only: { unitId?: string; siteId?: string } = {}) {
  return db
    .select({ site: campaignSites, unitName: orgUnits.name, unitTimezone: orgUnits.timezone, status: assignments.status })
    .from(campaignSites)
    .innerJoin(orgUnits, eq(orgUnits.id, campaignSites.unitId))
    .leftJoin(
      assignments,
      and(eq(assignments.directiveId, c.directiveId), eq(assignments.unitId, campaignSites.unitId), eq(assignments.role, 'follow_up'), eq(assignments.windowNo, 1)),
    )
    .where(
      and(
        eq(campaignSites.campaignId, c.id),
        withinPath(campaignSites.unitPath, scopePath),
        only.unitId ? eq(campaignSites.unitId, only.unitId) : undefined,
        only.siteId ? eq(campaignSites.id, only.siteId) : undefined,
      ),
    )
    .orderBy(asc(orgUnits.name), asc(campaignSites.createdAt));
}
export type SiteListRow = Awaited<ReturnType<typeof listSites>>[number];

export async function findSite(db: Db, campaignId: string, scopePath: string, siteId: string): Promise<SiteRow | null> {
  const [row] = await db
    .select()
    .from(campaignSites)
    .where(and(eq(campaignSites.id, siteId), eq(campaignSites.campaignId, campaignId), withinPath(campaignSites.unitPath, scopePath)));
  return row ?? null;
}

export async function photosOfSites(db: Db, siteIds: string[]) {
  if (siteIds.length === 0) return [];
  return db
    .select({ photo: campaignPhotos, exif: files.exif, thumbnail: files.thumbnail })
    .from(campaignPhotos)
    .innerJoin(files, eq(files.id, campaignPhotos.fileId))
    .where(inArray(campaignPhotos.siteId, siteIds))
    .orderBy(asc(campaignPhotos.createdAt));
}
export type PhotoListRow = Awaited<ReturnType<typeof photosOfSites>>[number];

export async function findPhotoWithFile(db: Db, photoId: string): Promise<PhotoListRow | null> {
  const [row] = await db
    .select({ photo: campaignPhotos, exif: files.exif, thumbnail: files.thumbnail })
    .from(campaignPhotos)
    .innerJoin(files, eq(files.id, campaignPhotos.fileId))
    .where(eq(campaignPhotos.id, photoId));
  return row ?? null;
}

export async function checksOfSites(db: Db, siteIds: string[]) {
  if (siteIds.length === 0) return [];
  return db.select().from(campaignSiteChecks).where(inArray(campaignSiteChecks.siteId, siteIds)).orderBy(asc(campaignSiteChecks.window));
}

export async function findPhoto(db: Db, campaignId: string, scopePath: string, photoId: string): Promise<PhotoRow | null> {
  const [row] = await db
    .select()
    .from(campaignPhotos)
    .where(and(eq(campaignPhotos.id, photoId), eq(campaignPhotos.campaignId, campaignId), withinPath(campaignPhotos.unitPath, scopePath)));
  return row ?? null;
}

/** Other campaign photos that reuse the same file (the same bytes from the same unit). */
export async function sameFileElsewhere(db: Db, fileId: string, exceptSiteId: string) {
  return db
    .select({ id: campaignPhotos.id, siteId: campaignPhotos.siteId })
    .from(campaignPhotos)
    .where(and(eq(campaignPhotos.fileId, fileId), sql`${campaignPhotos.siteId} <> ${exceptSiteId}`));
}

/** Sum of the target metrics in a JSON values column: what a unit has realised. */
export function realisedOf(values: SQL | typeof assignments.latestValues, keys: string[]): SQL<number> {
  return sql<number>`coalesce((select sum(case when jsonb_typeof(v.value) = 'number' then (v.value)::text::numeric else 0 end) from jsonb_each(coalesce(${values}, '{}'::jsonb)) v where v.key in (${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )})), 0)`;
}
