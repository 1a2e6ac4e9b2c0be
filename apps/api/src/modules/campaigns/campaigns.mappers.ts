import type { Campaign, CampaignPhoto, Metric, Site } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import type { CampaignView, PhotoListRow, SiteListRow } from './campaigns.queries.js';
import type { campaignSiteChecks } from './campaigns.table.js';
import { campaignAbilities, canWorkFor, isEditable } from './campaigns.policy.js';
import { phaseOf } from './campaigns.time.js';
import { siteStatusOf } from './campaigns.queries.js';

export function toCampaign(v: CampaignView, principal: Principal, now: Date): Campaign {
  const c = v.campaign;
  return {
    id: c.id,
    directiveId: c.directiveId,
    monitoringDirectiveId: c.monitoringDirectiveId,
    reference: v.reference,
    title: v.title,
    body: v.body,
    metrics: v.metrics,
    targetMetricKeys: c.targetMetricKeys,
    areaMetricKey: c.areaMetricKey,
    quantityLabel: c.quantityLabel,
    eventDate: c.eventDate,
    windowStart: c.windowStart,
    windowEnd: c.windowEnd,
    nationalTarget: c.nationalTarget,
    minPerKanwil: c.minPerKanwil,
    geofenceRadiusM: c.geofenceRadiusM,
    monitoringMonths: c.monitoringMonths,
    publicPage: c.publicPage,
    issuerUnitId: c.issuerUnitId,
    createdAt: c.createdAt.toISOString(),
    phase: phaseOf(c.eventDate, now),
    abilities: campaignAbilities(principal, v),
  };
}

export function toPhoto(r: PhotoListRow): CampaignPhoto {
  const p = r.photo;
  return {
    id: p.id,
    fileId: p.fileId,
    siteId: p.siteId,
    phase: p.phase,
    monitoringWindow: p.monitoringWindow,
    showsFaces: p.showsFaces,
    flags: p.flags,
    lat: r.exif?.lat ?? null,
    lon: r.exif?.lon ?? null,
    takenAt: r.exif?.takenAt ?? null,
    thumbnail: r.thumbnail,
    createdAt: p.createdAt.toISOString(),
  };
}

type CheckRow = typeof campaignSiteChecks.$inferSelect;
export const toCheck = (c: CheckRow) => ({
  siteId: c.siteId,
  window: c.window,
  alive: c.alive,
  dead: c.dead,
  replanted: c.replanted,
  ...(c.notes ? { notes: c.notes } : {}),
  checkedAt: c.checkedAt.toISOString(),
});

export function toSite(r: SiteListRow, photos: CampaignPhoto[], checks: CheckRow[], principal: Principal): Site {
  const s = r.site;
  const status = r.status ?? 'belum_dimulai';
  return {
    id: s.id,
    campaignId: s.campaignId,
    unitId: s.unitId,
    unitName: r.unitName,
    unitTimezone: r.unitTimezone,
    name: s.name,
    geometry: s.geometry,
    centroid: { lat: s.lat, lng: s.lng },
    landType: s.landType,
    areaHa: s.areaHa,
    planned: s.planned,
    partners: s.partners,
    notes: s.notes,
    results: s.results,
    status: siteStatusOf(r.status),
    photos,
    checks: checks.map(toCheck),
    abilities: { edit: isEditable(status) && canWorkFor(principal, s.unitPath), monitor: canWorkFor(principal, s.unitPath) },
  };
}

type Value = number | boolean | string;

/** A unit's report from its sites' results: numbers add up (or average), yes/no is yes if any site says yes. */
export function sumSiteResults(metrics: Metric[], results: Record<string, Value>[]): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const m of metrics) {
    const vs = results.map((r) => r[m.key]).filter((v): v is Value => v !== undefined);
    if (vs.length === 0) continue;
    if (m.type === 'integer' || m.type === 'decimal') {
      const total = vs.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
      const value = m.rollup === 'avg' ? total / vs.length : m.rollup === 'count' ? vs.length : total;
      values[m.key] = m.type === 'integer' ? Math.round(value) : Math.round(value * 1000) / 1000;
    } else if (m.type === 'boolean') {
      values[m.key] = vs.some((v) => v === true);
    } else {
      values[m.key] = vs[0] as Value;
    }
  }
  return values;
}
