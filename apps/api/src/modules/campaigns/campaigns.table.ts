import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LandType, PhotoFlag, SiteGeometry, SitePartner } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { files } from '../../platform/files/files.table.js';
import { orgUnits } from '../org-units/org-units.table.js';
import { directives } from '../directives/directives.table.js';

type Readiness = { items: Record<string, boolean>; documentationOfficer: string | null; updatedAt: string; updatedByUserId: string };

/**
 * A campaign is a directive (targets, metrics, the unit reports and their verification) plus what a
 * simultaneous action needs: the event window, targets per unit, sites, readiness and monitoring.
 */
export const campaigns = pgTable('campaigns', {
  id: idColumn(),
  directiveId: uuid('directive_id')
    .notNull()
    .unique()
    .references(() => directives.id),
  /** The directive whose recurring windows ask each unit for survival counts after the event. */
  monitoringDirectiveId: uuid('monitoring_directive_id').references(() => directives.id),
  targetMetricKeys: jsonb('target_metric_keys').$type<string[]>().notNull(),
  areaMetricKey: text('area_metric_key'),
  quantityLabel: text('quantity_label').notNull(),
  eventDate: text('event_date').notNull(),
  windowStart: text('window_start').notNull(),
  windowEnd: text('window_end').notNull(),
  nationalTarget: bigint('national_target', { mode: 'number' }).notNull(),
  minPerKanwil: bigint('min_per_kanwil', { mode: 'number' }).notNull(),
  geofenceRadiusM: integer('geofence_radius_m').notNull(),
  monitoringMonths: jsonb('monitoring_months').$type<number[]>().notNull(),
  publicPage: boolean('public_page').notNull().default(false),
  issuerUnitId: uuid('issuer_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  issuerUnitPath: text('issuer_unit_path').notNull(),
  ...timestamps(),
});

/** The share of the target each unit carries: HQ sets it per Kanwil, each Kanwil per UPT. */
export const campaignAllocations = pgTable(
  'campaign_allocations',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    target: bigint('target', { mode: 'number' }).notNull(),
    updatedByUserId: uuid('updated_by_user_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);

export const campaignSites = pgTable(
  'campaign_sites',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    geometry: jsonb('geometry').$type<SiteGeometry>().notNull(),
    /** The point for a site, the centre of its polygon otherwise: what the map and the geofence use. */
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    landType: text('land_type').$type<LandType>().notNull(),
    areaHa: doublePrecision('area_ha').notNull(),
    planned: integer('planned').notNull(),
    partners: jsonb('partners').$type<SitePartner[]>().notNull(),
    notes: text('notes'),
    results: jsonb('results').$type<Record<string, number | boolean | string>>(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('campaign_sites_campaign_path_idx').using('btree', t.campaignId, t.unitPath.op('text_pattern_ops'))],
);

export const campaignPhotos = pgTable(
  'campaign_photos',
  {
    id: idColumn(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => campaignSites.id),
    unitId: uuid('unit_id').notNull(),
    unitPath: text('unit_path').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    phase: text('phase', { enum: ['acara', 'pemantauan'] }).notNull(),
    monitoringWindow: integer('monitoring_window'),
    /** Shows inmates' faces: never published. */
    showsFaces: boolean('shows_faces').notNull().default(false),
    flags: jsonb('flags').$type<PhotoFlag[]>().notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('campaign_photos_site_file').on(t.siteId, t.fileId),
    index('campaign_photos_campaign_path_idx').using('btree', t.campaignId, t.unitPath.op('text_pattern_ops')),
    index('campaign_photos_file_idx').on(t.fileId),
  ],
);

/** Each unit's H-7 and H-1 checklists and its "mulai"/"selesai" check-ins on the day. */
export const campaignUnitProgress = pgTable(
  'campaign_unit_progress',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    h7: jsonb('h7').$type<Readiness>(),
    h1: jsonb('h1').$type<Readiness>(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);

/** Survival counts per site in each monitoring window (+1, +3, +6, +12 months). */
export const campaignSiteChecks = pgTable(
  'campaign_site_checks',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => campaignSites.id),
    campaignId: uuid('campaign_id').notNull(),
    unitPath: text('unit_path').notNull(),
    window: integer('window').notNull(),
    alive: integer('alive').notNull(),
    dead: integer('dead').notNull(),
    replanted: integer('replanted').notNull(),
    notes: text('notes'),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    checkedByUserId: uuid('checked_by_user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.window] }), index('campaign_site_checks_campaign_idx').on(t.campaignId, t.window)],
);
