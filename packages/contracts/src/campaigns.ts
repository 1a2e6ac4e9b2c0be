import { z } from 'zod';
import { DueSchema, MetricSchema, MetricValueSchema, ReportSchema, TargetSelectorSchema, uniqueMetricKeys } from './directives.js';
import { LocalDateSchema } from './directive-recurrence.js';
import { PhotoFlagSchema } from './files.js';
import { TimeZoneSchema, UnitKindSchema } from './units.js';

/** A campaign (gerakan serentak): a directive with an event day, targets, sites, readiness, checked photos and monitoring. */

const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'format HH:mm');

/** Within Indonesia's bounding box, with a margin: a typo such as a missing minus sign is caught here. */
export const GeoPointSchema = z
  .object({
    lat: z.number().min(-12, 'lintang di luar wilayah Indonesia').max(7, 'lintang di luar wilayah Indonesia'),
    lng: z.number().min(94, 'bujur di luar wilayah Indonesia').max(142, 'bujur di luar wilayah Indonesia'),
  })
  .strict();
export type GeoPoint = z.infer<typeof GeoPointSchema>;

export const SiteGeometrySchema = z.discriminatedUnion('kind', [
  GeoPointSchema.extend({ kind: z.literal('point') }).strict(),
  z.object({ kind: z.literal('polygon'), points: z.array(GeoPointSchema).min(3).max(200) }).strict(),
]);
export type SiteGeometry = z.infer<typeof SiteGeometrySchema>;

export const LAND_TYPES = ['lahan_upt', 'sae', 'lahan_masyarakat', 'bantaran_sungai', 'diserahkan_masyarakat', 'lainnya'] as const;
export const LandTypeSchema = z.enum(LAND_TYPES);
export type LandType = z.infer<typeof LandTypeSchema>;

export const PARTNER_KINDS = ['pemda', 'polri', 'tni', 'desa', 'imigrasi', 'kejaksaan', 'bnn', 'swasta', 'masyarakat', 'lainnya'] as const;
export const PartnerKindSchema = z.enum(PARTNER_KINDS);

export const SitePartnerSchema = z
  .object({
    kind: PartnerKindSchema,
    name: z.string().trim().min(2).max(120),
    contactName: z.string().trim().max(120).optional(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{6,20}$/, 'nomor telepon tidak valid')
      .optional(),
    confirmed: z.boolean().default(false),
    brings: z.string().trim().max(200).optional(),
  })
  .strict();
export type SitePartner = z.infer<typeof SitePartnerSchema>;

export const MonitoringMonthsSchema = z
  .array(z.number().int().min(1).max(24))
  .max(6)
  .refine((m) => m.every((v, i) => i === 0 || v > (m[i - 1] ?? 0)), 'bulan pemantauan harus naik berurutan');

export const CreateCampaignBodySchema = z
  .object({
    reference: z.string().trim().max(120).optional(),
    title: z.string().trim().min(5).max(200),
    body: z.string().trim().min(1).max(20_000),
    target: TargetSelectorSchema,
    metrics: z.array(MetricSchema).min(1).max(20),
    /** The metrics that count against the target (e.g. seedlings; or kg of each commodity, summed). */
    targetMetricKeys: z.array(z.string()).min(1).max(20),
    areaMetricKey: z.string().optional(),
    quantityLabel: z.string().trim().min(1).max(30),
    eventDate: LocalDateSchema,
    /** Each unit acts in this window on its own local clock. */
    windowStart: LocalTimeSchema,
    windowEnd: LocalTimeSchema,
    /** When the unit's report is due; by default the day after the event at 12.00 local. */
    reportDue: DueSchema.optional(),
    nationalTarget: z.number().int().min(0).max(1e12),
    minPerKanwil: z.number().int().min(0).max(1e12).default(0),
    geofenceRadiusM: z.number().int().min(50).max(50_000).default(500),
    monitoringMonths: MonitoringMonthsSchema.default([1, 3, 6, 12]),
    minPhotos: z.number().int().min(0).max(20).default(1),
    verifiedBy: z.enum(['kanwil', 'hq']).default('kanwil'),
    publicPage: z.boolean().default(false),
  })
  .strict()
  .refine((c) => uniqueMetricKeys(c.metrics), { message: 'Kunci metrik harus unik', path: ['metrics'] })
  .refine((c) => c.windowEnd > c.windowStart, { message: 'Jam selesai harus setelah jam mulai', path: ['windowEnd'] })
  .refine(
    (c) => c.targetMetricKeys.every((k) => c.metrics.some((m) => m.key === k && (m.type === 'integer' || m.type === 'decimal'))),
    { message: 'Metrik target harus metrik angka dari kampanye ini', path: ['targetMetricKeys'] },
  )
  .refine((c) => !c.areaMetricKey || c.metrics.some((m) => m.key === c.areaMetricKey && m.type !== 'boolean' && m.type !== 'choice'), {
    message: 'Metrik luas harus metrik angka dari kampanye ini',
    path: ['areaMetricKey'],
  });
export type CreateCampaignBody = z.infer<typeof CreateCampaignBodySchema>;

export const UpdateCampaignBodySchema = z
  .object({
    publicPage: z.boolean().optional(),
    geofenceRadiusM: z.number().int().min(50).max(50_000).optional(),
    nationalTarget: z.number().int().min(0).max(1e12).optional(),
    minPerKanwil: z.number().int().min(0).max(1e12).optional(),
  })
  .strict();
export type UpdateCampaignBody = z.infer<typeof UpdateCampaignBodySchema>;

export const CAMPAIGN_PHASES = ['persiapan', 'hari_h', 'pelaporan', 'pemantauan'] as const;

export const CampaignSchema = z.object({
  id: z.uuid(),
  directiveId: z.uuid(),
  monitoringDirectiveId: z.uuid().nullable(),
  reference: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  metrics: z.array(MetricSchema),
  targetMetricKeys: z.array(z.string()),
  areaMetricKey: z.string().nullable(),
  quantityLabel: z.string(),
  eventDate: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  nationalTarget: z.number(),
  minPerKanwil: z.number(),
  geofenceRadiusM: z.number().int(),
  monitoringMonths: z.array(z.number().int()),
  publicPage: z.boolean(),
  issuerUnitId: z.uuid(),
  createdAt: z.string(),
  /** Where the campaign stands on the calendar, seen from Jakarta. */
  phase: z.enum(CAMPAIGN_PHASES),
  abilities: z.object({ manage: z.boolean(), allocate: z.boolean(), registerSites: z.boolean(), verify: z.boolean() }),
});
export type Campaign = z.infer<typeof CampaignSchema>;
export const CampaignListSchema = z.object({ items: z.array(CampaignSchema) });

// Allocation: HQ splits the national target over Kanwil, each Kanwil over its UPTs.
export const AllocationsQuerySchema = z.object({ parentId: z.uuid().optional() }).strict();
export const AllocationRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: UnitKindSchema,
  target: z.number().nullable(),
  /** Sum of what this unit allocated to the units below it. */
  allocatedBelow: z.number(),
  realised: z.number(),
  realisedVerified: z.number(),
});
export const AllocationsSchema = z.object({
  parent: z.object({ unitId: z.uuid(), unitName: z.string(), target: z.number().nullable() }),
  allocated: z.number(),
  minimum: z.number(),
  rows: z.array(AllocationRowSchema),
  canEdit: z.boolean(),
});
export type Allocations = z.infer<typeof AllocationsSchema>;
export const SaveAllocationsBodySchema = z
  .object({
    parentId: z.uuid(),
    items: z.array(z.object({ unitId: z.uuid(), target: z.number().int().min(0).max(1e12) }).strict()).min(1).max(1000),
  })
  .strict();
export type SaveAllocationsBody = z.infer<typeof SaveAllocationsBodySchema>;

// Sites and their photos.
export const SITE_STATUSES = ['terdaftar', 'dilaporkan', 'terverifikasi', 'dikembalikan'] as const;
export const SiteStatusSchema = z.enum(SITE_STATUSES);
export type SiteStatus = z.infer<typeof SiteStatusSchema>;

export const CampaignPhotoSchema = z.object({
  id: z.uuid(),
  fileId: z.uuid(),
  siteId: z.uuid(),
  phase: z.enum(['acara', 'pemantauan']),
  monitoringWindow: z.number().int().nullable(),
  showsFaces: z.boolean(),
  flags: z.array(PhotoFlagSchema),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  takenAt: z.string().nullable(),
  thumbnail: z.boolean(),
  createdAt: z.string(),
});
export type CampaignPhoto = z.infer<typeof CampaignPhotoSchema>;

const SiteFieldsSchema = z.object({
  name: z.string().trim().min(3).max(160),
  geometry: SiteGeometrySchema,
  landType: LandTypeSchema,
  areaHa: z.number().min(0).max(100_000),
  planned: z.number().int().min(0).max(1e9),
  partners: z.array(SitePartnerSchema).max(30),
  notes: z.string().trim().max(2000).optional(),
});
export const CreateSiteBodySchema = SiteFieldsSchema.extend({
  /** The unit the site belongs to; the caller's own unit when left out. */
  unitId: z.uuid().optional(),
  partners: z.array(SitePartnerSchema).max(30).default([]),
}).strict();
export type CreateSiteBody = z.infer<typeof CreateSiteBodySchema>;
export const UpdateSiteBodySchema = SiteFieldsSchema.partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'isi minimal satu data lokasi yang diubah');
export type UpdateSiteBody = z.infer<typeof UpdateSiteBodySchema>;

export const SiteResultsBodySchema = z.object({ values: z.record(z.string(), MetricValueSchema) }).strict();

// Monitoring after the event.
export const SiteCheckBodySchema = z
  .object({
    alive: z.number().int().min(0).max(1e9),
    dead: z.number().int().min(0).max(1e9),
    replanted: z.number().int().min(0).max(1e9),
    notes: z.string().trim().max(2000).optional(),
  })
  .strict();
export const SiteCheckSchema = SiteCheckBodySchema.extend({ siteId: z.uuid(), window: z.number().int(), checkedAt: z.string() });
export const SiteSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitTimezone: TimeZoneSchema,
  name: z.string(),
  geometry: SiteGeometrySchema,
  centroid: z.object({ lat: z.number(), lng: z.number() }),
  landType: LandTypeSchema,
  areaHa: z.number(),
  planned: z.number(),
  partners: z.array(SitePartnerSchema),
  notes: z.string().nullable(),
  results: z.record(z.string(), MetricValueSchema).nullable(),
  status: SiteStatusSchema,
  photos: z.array(CampaignPhotoSchema),
  checks: z.array(SiteCheckSchema),
  /** edit: the site itself, results and event photos (until the report is in); monitor: survival counts and monitoring photos. */
  abilities: z.object({ edit: z.boolean(), monitor: z.boolean() }),
});
export type Site = z.infer<typeof SiteSchema>;
export const ListSitesQuerySchema = z.object({ unitId: z.uuid().optional() }).strict();
export const SiteListSchema = z.object({ items: z.array(SiteSchema) });

export const AttachPhotoBodySchema = z
  .object({
    fileId: z.uuid(),
    showsFaces: z.boolean().default(false),
    phase: z.enum(['acara', 'pemantauan']).default('acara'),
    monitoringWindow: z.number().int().min(1).max(6).optional(),
  })
  .strict()
  .refine((b) => (b.phase === 'pemantauan') === (b.monitoringWindow !== undefined), {
    message: 'Foto pemantauan memerlukan nomor jendela pemantauan',
    path: ['monitoringWindow'],
  });
export const UpdatePhotoBodySchema = z.object({ showsFaces: z.boolean() }).strict();

// Readiness (H-7, H-1) and the check-ins on the day.
export const READINESS_ITEMS = ['lahan_siap', 'bibit_diterima', 'mitra_terkonfirmasi', 'petugas_dokumentasi'] as const;
export const ReadinessStageSchema = z.enum(['h7', 'h1']);
export const ReadinessChecklistSchema = z.object(
  Object.fromEntries(READINESS_ITEMS.map((k) => [k, z.boolean()])) as Record<(typeof READINESS_ITEMS)[number], z.ZodBoolean>,
);
export const SaveReadinessBodySchema = z
  .object({
    unitId: z.uuid().optional(),
    items: ReadinessChecklistSchema.strict(),
    documentationOfficer: z.string().trim().max(120).optional(),
  })
  .strict();
export const CampaignCheckInBodySchema = z.object({ unitId: z.uuid().optional(), kind: z.enum(['mulai', 'selesai']) }).strict();
const StageStateSchema = z.object({ items: ReadinessChecklistSchema, documentationOfficer: z.string().nullable(), updatedAt: z.string() }).nullable();
export const UnitReadinessSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  h7: StageStateSchema,
  h1: StageStateSchema,
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type UnitReadiness = z.infer<typeof UnitReadinessSchema>;
export const ReadinessBoardQuerySchema = z.object({ parentId: z.uuid().optional() }).strict();
export const ReadinessBoardRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  units: z.number().int(),
  h7Complete: z.number().int(),
  h1Complete: z.number().int(),
  items: z.record(z.string(), z.number().int()),
  started: z.number().int(),
  finished: z.number().int(),
});
export const ReadinessBoardSchema = z.object({ parentId: z.uuid(), rows: z.array(ReadinessBoardRowSchema) });

// Reporting and verification.
export const SubmitCampaignReportBodySchema = z
  .object({
    unitId: z.uuid().optional(),
    narrative: z.string().trim().min(1).max(10_000),
    phase: z.enum(['acara', 'pemantauan']).default('acara'),
    monitoringWindow: z.number().int().min(1).max(6).optional(),
  })
  .strict();
export const CampaignReportSchema = ReportSchema;

export const QueueItemSchema = z.object({
  assignmentId: z.uuid(),
  reportId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kanwilName: z.string().nullable(),
  status: z.string(),
  submittedAt: z.string(),
  values: z.record(z.string(), MetricValueSchema),
  sites: z.number().int(),
  photos: z.number().int(),
  flaggedPhotos: z.number().int(),
  flagCodes: z.array(z.string()),
});
export const QueueSchema = z.object({ items: z.array(QueueItemSchema) });

export const SurvivalFiguresSchema = z.object({
  window: z.number().int(),
  month: z.number().int(),
  planted: z.number(),
  alive: z.number(),
  dead: z.number(),
  replanted: z.number(),
  sitesChecked: z.number().int(),
  /** alive ÷ planted over the sites checked in this window; null when none was checked. */
  rate: z.number().nullable(),
});
export const SurvivalSchema = z.object({
  national: z.array(SurvivalFiguresSchema),
  kanwil: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), windows: z.array(SurvivalFiguresSchema) })),
});

// The live board.
export const BoardQuerySchema = z.object({ kanwilId: z.uuid().optional() }).strict();
export const CampaignBoardSchema = z.object({
  asOf: z.string(),
  totals: z.object({
    units: z.number().int(),
    reported: z.number().int(),
    verified: z.number().int(),
    notReported: z.number().int(),
    target: z.number(),
    realised: z.number(),
    realisedVerified: z.number(),
    areaHa: z.number(),
    sites: z.number().int(),
    flaggedPhotos: z.number().int(),
  }),
  kanwil: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      units: z.number().int(),
      reported: z.number().int(),
      verified: z.number().int(),
      target: z.number(),
      realised: z.number(),
      percent: z.number(),
    }),
  ),
  sites: z.array(
    z.object({ id: z.uuid(), unitId: z.uuid(), unitName: z.string(), lat: z.number(), lng: z.number(), status: SiteStatusSchema, planned: z.number() }),
  ),
  notReported: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), kanwilName: z.string().nullable() })),
});
export type CampaignBoard = z.infer<typeof CampaignBoardSchema>;

// The public impact page: totals and a map, nothing personal.
export const PublicCampaignSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  eventDate: z.string(),
  quantityLabel: z.string(),
  totals: z.object({ unitsReported: z.number().int(), realised: z.number(), areaHa: z.number(), sites: z.number().int(), partners: z.number().int() }),
  kanwil: z.array(z.object({ unitName: z.string(), realised: z.number() })),
  sites: z.array(z.object({ lat: z.number(), lng: z.number() })),
  photoIds: z.array(z.uuid()),
});

export const CampaignExportQuerySchema = z.object({ format: z.enum(['xlsx', 'csv']), per: z.enum(['site', 'unit']) }).strict();
