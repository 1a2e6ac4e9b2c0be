import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { can, type Principal } from '../../platform/auth/principal.js';
import { groupBy } from '../../platform/collections.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments, reports, type DirectivesService } from '../directives/index.js';
import { campaignPhotos, campaignSiteChecks, campaignSites } from './campaigns.table.js';
import * as q from './campaigns.queries.js';
import { sumSiteResults } from './campaigns.mappers.js';
import type { createSites } from './campaigns.sites.js';
import * as errors from './campaigns.errors.js';

type Sites = ReturnType<typeof createSites>;
type CheckBody = { alive: number; dead: number; replanted: number; notes?: string };

/** A unit's report is the sum of its sites; verification is the directive's own (single and bulk decisions). */
export function createCampaignReports(deps: { db: Db; clock: () => Date; directives: DirectivesService; load: (p: Principal, id: string) => Promise<q.CampaignView>; sites: Sites }) {
  const { db, clock, directives, load, sites } = deps;

  async function unitSites(campaignId: string, unitId: string) {
    return db.select().from(campaignSites).where(and(eq(campaignSites.campaignId, campaignId), eq(campaignSites.unitId, unitId))).orderBy(campaignSites.createdAt);
  }

  async function photoFiles(siteIds: string[], phase: 'acara' | 'pemantauan', window: number | null) {
    if (siteIds.length === 0) return [];
    const rows = await db
      .selectDistinct({ fileId: campaignPhotos.fileId })
      .from(campaignPhotos)
      .where(and(inArray(campaignPhotos.siteId, siteIds), eq(campaignPhotos.phase, phase), window === null ? undefined : eq(campaignPhotos.monitoringWindow, window)));
    return rows.map((r) => r.fileId);
  }

  async function submit(principal: Principal, id: string, body: { unitId?: string; narrative: string; phase: 'acara' | 'pemantauan'; monitoringWindow?: number }) {
    const view = await load(principal, id);
    const unitId = body.unitId ?? principal.position.unitId;
    await sites.participantFor(principal, view, unitId, { editable: false });
    const list = await unitSites(view.campaign.id, unitId);
    if (list.length === 0) throw errors.noSites();
    const ids = list.map((s) => s.id);
    if (body.phase === 'acara') {
      const missing = list.filter((s) => s.results === null);
      if (missing.length > 0) throw errors.resultsMissing(missing.map((s) => s.name));
      const participant = await q.findParticipant(db, view.campaign.directiveId, unitId);
      if (!participant) throw errors.notATarget();
      return directives.submitReport(principal, participant.assignmentId, {
        values: sumSiteResults(view.metrics, list.map((s) => s.results ?? {})),
        narrative: body.narrative,
        attachmentIds: await photoFiles(ids, 'acara', null),
      });
    }
    const window = monitoringWindow(view, body.monitoringWindow);
    const monitoringId = view.campaign.monitoringDirectiveId as string;
    const checks = await db.select().from(campaignSiteChecks).where(and(inArray(campaignSiteChecks.siteId, ids), eq(campaignSiteChecks.window, window)));
    const checked = new Set(checks.map((c) => c.siteId));
    const missing = list.filter((s) => !checked.has(s.id));
    if (missing.length > 0) throw errors.resultsMissing(missing.map((s) => s.name));
    const participant = await q.findParticipant(db, monitoringId, unitId, window);
    if (!participant) throw errors.notATarget();
    const total = (k: 'alive' | 'dead' | 'replanted') => checks.reduce((sum, c) => sum + c[k], 0);
    return directives.submitReport(principal, participant.assignmentId, {
      values: { hidup: total('alive'), mati: total('dead'), disulam: total('replanted') },
      narrative: body.narrative,
      attachmentIds: await photoFiles(ids, 'pemantauan', window),
    });
  }

  function monitoringWindow(view: q.CampaignView, window: number | undefined): number {
    const count = view.campaign.monitoringMonths.length;
    if (count === 0 || !view.campaign.monitoringDirectiveId) throw errors.noMonitoring();
    if (window === undefined || window < 1 || window > count) throw errors.monitoringWindowNotFound(count);
    return window;
  }

  /** Survival counts for one site in one window; replaces what was there. */
  async function saveCheck(principal: Principal, id: string, siteId: string, window: number, body: CheckBody) {
    const view = await load(principal, id);
    monitoringWindow(view, window);
    const { site } = await sites.siteFor(principal, view, siteId, { editable: false });
    const planted = site.results ? Object.entries(site.results).filter(([k]) => view.campaign.targetMetricKeys.includes(k)).reduce((s, [, v]) => s + (typeof v === 'number' ? v : 0), 0) : site.planned;
    if (body.alive + body.dead > planted + body.replanted) throw errors.aliveAboveSite();
    const row = { siteId: site.id, campaignId: view.campaign.id, unitPath: site.unitPath, window, ...body, notes: body.notes ?? null, checkedAt: clock(), checkedByUserId: principal.userId };
    await db.transaction(async (tx) => {
      await tx
        .insert(campaignSiteChecks)
        .values(row)
        .onConflictDoUpdate({ target: [campaignSiteChecks.siteId, campaignSiteChecks.window], set: row });
      await sites.record(tx, principal, 'campaigns.site_checked', site, { window, alive: body.alive, dead: body.dead, replanted: body.replanted });
    });
    return { siteId: site.id, window, alive: body.alive, dead: body.dead, replanted: body.replanted, ...(body.notes ? { notes: body.notes } : {}), checkedAt: row.checkedAt.toISOString() };
  }

  /** Unit reports waiting for the caller's decision, with how many of their photos carry flags. */
  async function queue(principal: Principal, id: string) {
    const view = await load(principal, id);
    if (!can(principal, 'reports:verify') || principal.position.unitKind !== view.verifiedBy) return { items: [] };
    const kanwil = sql<string | null>`(select k.name from ${orgUnits} k where k.id = ${orgUnits.kanwilId})`;
    const rows = await db
      .select({
        assignmentId: assignments.id,
        unitId: assignments.unitId,
        unitName: orgUnits.name,
        kanwilName: kanwil,
        status: assignments.status,
        reportId: reports.id,
        submittedAt: reports.submittedAt,
        values: reports.values,
      })
      .from(assignments)
      .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
      .innerJoin(reports, and(eq(reports.assignmentId, assignments.id), sql`${reports.version} = (select max(r2.version) from ${reports} r2 where r2.assignment_id = ${assignments.id})`))
      .where(
        and(
          eq(assignments.directiveId, view.campaign.directiveId),
          eq(assignments.role, 'follow_up'),
          inArray(assignments.status, ['dilaporkan', 'dilaporkan_ulang']),
          withinPath(assignments.unitPath, principal.position.unitPath),
          sql`${assignments.unitPath} <> ${principal.position.unitPath}`,
        ),
      )
      .orderBy(reports.submittedAt);
    const unitIds = rows.map((r) => r.unitId);
    const photos = unitIds.length
      ? await db
          .select({ unitId: campaignPhotos.unitId, siteId: campaignPhotos.siteId, flags: campaignPhotos.flags })
          .from(campaignPhotos)
          .where(and(eq(campaignPhotos.campaignId, view.campaign.id), eq(campaignPhotos.phase, 'acara'), inArray(campaignPhotos.unitId, unitIds)))
      : [];
    const siteCounts = unitIds.length
      ? await db
          .select({ unitId: campaignSites.unitId, n: sql<number>`count(*)::int` })
          .from(campaignSites)
          .where(and(eq(campaignSites.campaignId, view.campaign.id), inArray(campaignSites.unitId, unitIds)))
          .groupBy(campaignSites.unitId)
      : [];
    const photosOf = groupBy(photos, (p) => p.unitId);
    const sitesOf = new Map(siteCounts.map((s) => [s.unitId, s.n]));
    return {
      items: rows.map((r) => {
        const own = photosOf.get(r.unitId) ?? [];
        return {
          ...r,
          submittedAt: r.submittedAt.toISOString(),
          sites: sitesOf.get(r.unitId) ?? 0,
          photos: own.length,
          flaggedPhotos: own.filter((p) => p.flags.length > 0).length,
          flagCodes: [...new Set(own.flatMap((p) => p.flags.map((f) => f.code)))],
        };
      }),
    };
  }

  return { submit, saveCheck, queue };
}
