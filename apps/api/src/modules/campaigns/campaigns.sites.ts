import { eq } from 'drizzle-orm';
import type { AuditAction, CreateSiteBody, PhotoFlag, SiteGeometry, UpdateSiteBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { findFiles } from '../../platform/files/index.js';
import { centroidOf, type GeoShape } from '../../platform/geo.js';
import { groupBy } from '../../platform/collections.js';
import { checkValues, invalidValues } from '../directives/index.js';
import { campaignPhotos, campaignSiteChecks, campaignSites } from './campaigns.table.js';
import * as q from './campaigns.queries.js';
import { toPhoto, toSite } from './campaigns.mappers.js';
import { canWorkFor, isEditable } from './campaigns.policy.js';
import { eventWindow } from './campaigns.time.js';
import * as errors from './campaigns.errors.js';

export type PhotoContext = {
  geofence: { shape: GeoShape; radiusM: number } | null;
  window: { start: Date; end: Date; timeZone: string } | null;
};
export type SitesDeps = {
  db: Db;
  audit: Audit;
  clock: () => Date;
  load: (p: Principal, id: string) => Promise<q.CampaignView>;
  /** The platform's evidence checks for one photo (no GPS, geofence, window, duplicates, editing). */
  checkPhoto: (fileId: string, context: PhotoContext) => Promise<PhotoFlag[]>;
};

/** Sites, their results and photos: registered by the unit (or its Kanwil on its behalf) until its report is in. */
export function createSites(deps: SitesDeps) {
  const { db, audit, load } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function present(principal: Principal, rows: q.SiteListRow[]) {
    const ids = rows.map((r) => r.site.id);
    const [photos, checks] = await Promise.all([q.photosOfSites(db, ids), q.checksOfSites(db, ids)]);
    const photosBySite = groupBy(photos, (p) => p.photo.siteId);
    const checksBySite = groupBy(checks, (c) => c.siteId);
    return rows.map((r) => toSite(r, (photosBySite.get(r.site.id) ?? []).map(toPhoto), checksBySite.get(r.site.id) ?? [], principal));
  }

  async function list(principal: Principal, id: string, unitId?: string) {
    const view = await load(principal, id);
    return { items: await present(principal, await q.listSites(db, view.campaign, scopeOf(principal), { unitId })) };
  }

  async function one(principal: Principal, view: q.CampaignView, siteId: string) {
    const [row] = await q.listSites(db, view.campaign, scopeOf(principal), { siteId });
    if (!row) throw errors.siteNotFound();
    const [site] = await present(principal, [row]);
    if (!site) throw errors.siteNotFound();
    return site;
  }

  /** The unit a caller works for in this campaign; refused unless it takes part and is the caller's to fill in. */
  async function participantFor(principal: Principal, view: q.CampaignView, unitId: string, opts: { editable: boolean }) {
    const participant = await q.findParticipant(db, view.campaign.directiveId, unitId);
    if (!participant || !participant.unitPath.startsWith(scopeOf(principal))) throw errors.notATarget();
    if (!canWorkFor(principal, participant.unitPath)) throw errors.cannotWorkForUnit();
    if (opts.editable && !isEditable(participant.status)) throw errors.siteLocked(participant.status);
    return participant;
  }

  async function siteFor(principal: Principal, view: q.CampaignView, siteId: string, opts: { editable: boolean }) {
    const site = await q.findSite(db, view.campaign.id, scopeOf(principal), siteId);
    if (!site) throw errors.siteNotFound();
    const participant = await participantFor(principal, view, site.unitId, opts);
    return { site, participant };
  }

  const located = (geometry: SiteGeometry) => ({ geometry, ...centroidOf(geometry) });

  async function create(principal: Principal, id: string, body: CreateSiteBody) {
    const view = await load(principal, id);
    const participant = await participantFor(principal, view, body.unitId ?? principal.position.unitId, { editable: true });
    const siteId = await db.transaction(async (tx) => {
      const [site] = await tx
        .insert(campaignSites)
        .values({
          campaignId: view.campaign.id,
          unitId: participant.unitId,
          unitPath: participant.unitPath,
          name: body.name,
          ...located(body.geometry),
          landType: body.landType,
          areaHa: body.areaHa,
          planned: body.planned,
          partners: body.partners,
          notes: body.notes ?? null,
          createdByUserId: principal.userId,
        })
        .returning();
      if (!site) throw new Error('site insert returned nothing');
      await record(tx, principal, 'campaigns.site_registered', site, { name: site.name, landType: site.landType, planned: site.planned });
      return site.id;
    });
    return one(principal, view, siteId);
  }

  async function update(principal: Principal, id: string, siteId: string, body: UpdateSiteBody) {
    const view = await load(principal, id);
    const { site } = await siteFor(principal, view, siteId, { editable: true });
    await db.transaction(async (tx) => {
      const { geometry, ...rest } = body;
      await tx
        .update(campaignSites)
        .set({ ...rest, ...(geometry ? located(geometry) : {}) })
        .where(eq(campaignSites.id, site.id));
      await record(tx, principal, 'campaigns.site_updated', site, { fields: Object.keys(body) });
    });
    return one(principal, view, siteId);
  }

  async function remove(principal: Principal, id: string, siteId: string) {
    const view = await load(principal, id);
    const { site } = await siteFor(principal, view, siteId, { editable: true });
    await db.transaction(async (tx) => {
      await tx.delete(campaignPhotos).where(eq(campaignPhotos.siteId, site.id));
      await tx.delete(campaignSiteChecks).where(eq(campaignSiteChecks.siteId, site.id));
      await tx.delete(campaignSites).where(eq(campaignSites.id, site.id));
      await record(tx, principal, 'campaigns.site_removed', site, { name: site.name });
    });
  }

  async function saveResults(principal: Principal, id: string, siteId: string, values: Record<string, number | boolean | string>) {
    const view = await load(principal, id);
    const { site } = await siteFor(principal, view, siteId, { editable: true });
    const problems = checkValues(view.metrics, values);
    if (problems.length > 0) throw invalidValues(problems);
    await db.transaction(async (tx) => {
      await tx.update(campaignSites).set({ results: values }).where(eq(campaignSites.id, site.id));
      await record(tx, principal, 'campaigns.site_results_saved', site, { values });
    });
    return one(principal, view, siteId);
  }

  /** Attaches an uploaded photo to a site; it is checked and flagged for the verifier, never refused for its content. */
  async function attachPhoto(
    principal: Principal,
    id: string,
    siteId: string,
    body: { fileId: string; showsFaces: boolean; phase: 'acara' | 'pemantauan'; monitoringWindow?: number },
  ) {
    const view = await load(principal, id);
    const { site, participant } = await siteFor(principal, view, siteId, { editable: body.phase === 'acara' });
    if (body.phase === 'pemantauan' && (body.monitoringWindow ?? 0) > view.campaign.monitoringMonths.length) {
      throw errors.monitoringWindowNotFound(view.campaign.monitoringMonths.length);
    }
    const [file] = await findFiles(db, scopeOf(principal), [body.fileId]);
    if (!file) throw errors.fileNotFound();
    if (file.kind !== 'photo') throw errors.notAPhoto();
    const flags = await deps.checkPhoto(file.id, {
      geofence: { shape: site.geometry, radiusM: view.campaign.geofenceRadiusM },
      window: body.phase === 'acara' ? eventWindow(view.campaign, participant.timezone) : null,
    });
    const reused = await q.sameFileElsewhere(db, file.id, site.id);
    if (reused.length > 0 && !flags.some((f) => f.code === 'duplicate')) {
      flags.push({ code: 'duplicate', message: 'Foto yang sama sudah dilampirkan pada lokasi lain.', detail: { siteIds: reused.map((r) => r.siteId), distance: 0 } });
    }
    const photoId = await db.transaction(async (tx) => {
      const [photo] = await tx
        .insert(campaignPhotos)
        .values({
          campaignId: view.campaign.id,
          siteId: site.id,
          unitId: site.unitId,
          unitPath: site.unitPath,
          fileId: file.id,
          phase: body.phase,
          monitoringWindow: body.monitoringWindow ?? null,
          showsFaces: body.showsFaces,
          flags,
          createdByUserId: principal.userId,
        })
        .onConflictDoNothing()
        .returning();
      if (!photo) throw errors.photoAlreadyAttached();
      await record(tx, principal, 'campaigns.photo_attached', site, { photoId: photo.id, fileId: file.id, flags: flags.map((f) => f.code) });
      return photo.id;
    });
    return photoOf(photoId);
  }

  async function photoOf(photoId: string) {
    const row = await q.findPhotoWithFile(db, photoId);
    if (!row) throw errors.photoNotFound();
    return toPhoto(row);
  }

  async function photoFor(principal: Principal, view: q.CampaignView, photoId: string) {
    const photo = await q.findPhoto(db, view.campaign.id, scopeOf(principal), photoId);
    if (!photo) throw errors.photoNotFound();
    const { site } = await siteFor(principal, view, photo.siteId, { editable: photo.phase === 'acara' });
    return { photo, site };
  }

  /** Marks a photo as showing inmates' faces (never published), or clears the mark. */
  async function updatePhoto(principal: Principal, id: string, photoId: string, showsFaces: boolean) {
    const view = await load(principal, id);
    const { photo, site } = await photoFor(principal, view, photoId);
    await db.transaction(async (tx) => {
      await tx.update(campaignPhotos).set({ showsFaces }).where(eq(campaignPhotos.id, photo.id));
      await record(tx, principal, 'campaigns.photo_updated', site, { photoId, showsFaces });
    });
    return photoOf(photoId);
  }

  async function removePhoto(principal: Principal, id: string, photoId: string) {
    const view = await load(principal, id);
    const { photo, site } = await photoFor(principal, view, photoId);
    await db.transaction(async (tx) => {
      await tx.delete(campaignPhotos).where(eq(campaignPhotos.id, photo.id));
      await record(tx, principal, 'campaigns.photo_removed', site, { photoId, fileId: photo.fileId });
    });
  }

  type Subject = { id: string; unitId: string; unitPath: string };
  async function record(tx: Db, principal: Principal, action: AuditAction, subject: Subject, summary: Record<string, unknown>, subjectType = 'campaign_site') {
    await audit.record(tx, auditActor(principal), { action, subjectType, subjectId: subject.id, unitId: subject.unitId, unitPath: subject.unitPath, summary });
  }

  return { list, one, siteFor, participantFor, create, update, remove, saveResults, attachPhoto, updatePhoto, removePhoto, record };
}
