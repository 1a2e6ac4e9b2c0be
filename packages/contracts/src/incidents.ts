import { z } from 'zod';
import { pageOf } from './paging.js';
import { TimeZoneSchema } from './units.js';
import { AlertLevelSchema, SopStepSchema } from './incident-catalogue.js';

/**
 * Kamtib incidents, under /api/v1/incidents:
 *   POST   /incidents                         first report (idempotent by clientId and Idempotency-Key)
 *   GET    /incidents                         board (scope-bound, filters)
 *   GET    /incidents/:id                     one incident with its timeline, alerts, SOP, agencies
 *   PATCH  /incidents/:id                     details that follow the first report
 *   POST   /incidents/:id/updates             a running update: note and/or counters
 *   POST   /incidents/:id/status              next status (dilaporkan → ditangani → terkendali → pulih)
 *   PUT    /incidents/:id/sop/:stepKey        a SOP step done (or undone), who and when
 *   POST   /incidents/:id/agencies            law-enforcement coordination entry; PATCH …/agencies/:agencyId
 *   GET    /incidents/:id/persons             named persons (incidents:persons, every read audited)
 *   POST   /incidents/:id/persons
 *   PUT    /incidents/:id/review              post-incident review by the unit
 *   POST   /incidents/:id/close               the Kanwil (or HQ) closes it, optionally issuing follow-ups as directives
 *   POST   /incidents/:id/alerts/:alertId/ack acknowledge an alert
 *   GET    /incidents/open-serious            banner for the leadership dashboard
 *   GET    /incidents/stats                   by category, Kanwil/unit and month
 *   GET    /incidents/map                     points per unit
 *   GET    /incidents/export.xlsx|.csv        the board as a file; GET /incidents/:id/report.pdf
 *   GET    /incident-catalogue                categories, severities, current SOP, escalation rules
 */

export const INCIDENT_STATUSES = ['dilaporkan', 'ditangani', 'terkendali', 'pulih', 'ditutup'] as const;
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const APH_AGENCIES = ['polres', 'polsek', 'polda', 'brimob', 'kodim_tni', 'bnn', 'damkar', 'pemda', 'bpbd', 'lainnya'] as const;
export const AphAgencySchema = z.enum(APH_AGENCIES);
export type AphAgency = z.infer<typeof AphAgencySchema>;

const Instant = z.iso.datetime({ offset: true });
const Counters = z.record(z.string().regex(/^[a-z][a-z0-9_]{1,39}$/), z.number().int().min(0).max(100_000));

/** People involved, as counts; names live apart behind their own permission. */
export const InvolvedCountsSchema = z
  .object({
    inmates: z.number().int().min(0).max(100_000).default(0),
    officers: z.number().int().min(0).max(10_000).default(0),
    others: z.number().int().min(0).max(100_000).default(0),
    injured: z.number().int().min(0).max(100_000).default(0),
    dead: z.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type InvolvedCounts = z.infer<typeof InvolvedCountsSchema>;

/** The first report: what a phone can send in under a minute; everything else may follow. */
export const CreateIncidentBodySchema = z
  .object({
    /** Generated on the device; sending the same id again returns the incident already created. */
    clientId: z.uuid(),
    /** Defaults to the caller's own unit; a Kanwil may report for one of its UPTs. */
    unitId: z.uuid().optional(),
    categoryId: z.uuid(),
    severity: z.string().trim().min(1).max(40),
    /** Defaults to now. */
    occurredAt: Instant.optional(),
    location: z.string().trim().min(2, 'sebutkan tempat kejadian (misalnya Blok C)').max(200),
    description: z.string().trim().min(5, 'tulis singkat apa yang terjadi').max(4000),
    counters: Counters.optional(),
  })
  .strict();
export type CreateIncidentBody = z.infer<typeof CreateIncidentBodySchema>;

export const UpdateIncidentBodySchema = z
  .object({
    severity: z.string().trim().min(1).max(40).optional(),
    occurredAt: Instant.optional(),
    location: z.string().trim().min(2).max(200).optional(),
    description: z.string().trim().min(5).max(4000).optional(),
    involved: InvolvedCountsSchema.optional(),
  })
  .strict();
export type UpdateIncidentBody = z.infer<typeof UpdateIncidentBodySchema>;

export const AddIncidentUpdateBodySchema = z
  .object({
    note: z.string().trim().min(2).max(4000).optional(),
    /** Only the counters that changed; derived ones are computed. */
    counters: Counters.optional(),
  })
  .strict()
  .refine((b) => b.note !== undefined || (b.counters && Object.keys(b.counters).length > 0), 'isi catatan atau angka terbaru');
export type AddIncidentUpdateBody = z.infer<typeof AddIncidentUpdateBodySchema>;

export const ChangeIncidentStatusBodySchema = z
  .object({
    status: IncidentStatusSchema.exclude(['dilaporkan', 'ditutup']),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ChangeIncidentStatusBody = z.infer<typeof ChangeIncidentStatusBodySchema>;

export const SopStepBodySchema = z.object({ done: z.boolean(), note: z.string().trim().max(500).optional() }).strict();
export type SopStepBody = z.infer<typeof SopStepBodySchema>;

export const AgencyBodySchema = z
  .object({
    agency: AphAgencySchema,
    /** e.g. "Polres Metro Tangerang Kota". */
    name: z.string().trim().min(2).max(120),
    contact: z.string().trim().max(120).optional(),
    requestedAt: Instant,
    arrivedAt: Instant.nullable().optional(),
    personnel: z.number().int().min(0).max(10_000).nullable().optional(),
    notes: z.string().trim().max(2000).optional(),
  })
  .strict();
export type AgencyBody = z.infer<typeof AgencyBodySchema>;
export const UpdateAgencyBodySchema = AgencyBodySchema.partial().strict();
export type UpdateAgencyBody = z.infer<typeof UpdateAgencyBodySchema>;

export const PERSON_ROLES = ['warga_binaan', 'petugas', 'pengunjung', 'lainnya'] as const;
export const PersonBodySchema = z
  .object({
    role: z.enum(PERSON_ROLES),
    name: z.string().trim().min(2).max(120),
    registrationNumber: z.string().trim().max(40).optional(),
    /** e.g. "kabur", "tertangkap kembali", "luka ringan". */
    status: z.string().trim().max(80).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type PersonBody = z.infer<typeof PersonBodySchema>;
export const IncidentPersonSchema = PersonBodySchema.extend({ id: z.uuid(), createdAt: z.string() });
export const IncidentPersonListSchema = z.object({ items: z.array(IncidentPersonSchema) });

export const ReviewBodySchema = z
  .object({
    cause: z.string().trim().min(5).max(4000),
    actionsTaken: z.string().trim().min(5).max(4000),
    lessons: z.string().trim().min(5).max(4000),
    followUps: z
      .array(z.object({ title: z.string().trim().min(5).max(200), dueDate: z.iso.date().optional() }).strict())
      .max(20)
      .default([]),
  })
  .strict();
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

export const CloseIncidentBodySchema = z
  .object({
    note: z.string().trim().max(2000).optional(),
    /** Issue the review's follow-up actions as directives to the unit. */
    issueFollowUps: z.boolean().default(false),
  })
  .strict();
export type CloseIncidentBody = z.infer<typeof CloseIncidentBodySchema>;

export const AlertSchema = z.object({
  id: z.uuid(),
  level: AlertLevelSchema,
  unitId: z.uuid(),
  unitName: z.string(),
  reason: z.enum(['policy', 'escalation']),
  dueAt: z.string(),
  sentAt: z.string().nullable(),
  ackDueAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  /** Minutes from sending to acknowledgement, or so far when still open. */
  delayMinutes: z.number().int().nullable(),
  escalatedAt: z.string().nullable(),
  abilities: z.object({ acknowledge: z.boolean() }),
});
export type Alert = z.infer<typeof AlertSchema>;

export const TIMELINE_KINDS = [
  'reported',
  'details',
  'note',
  'counters',
  'status',
  'sop_step',
  'agency',
  'alert_sent',
  'alert_acknowledged',
  'alert_escalated',
  'person_added',
  'review',
  'closed',
] as const;
export const TimelineEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  by: z.string().nullable(),
  /** A human sentence in Indonesian, e.g. "Status: ditangani". */
  summary: z.string(),
  note: z.string().nullable(),
  counters: z.record(z.string(), z.number()).nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const AgencySchema = AgencyBodySchema.extend({
  id: z.uuid(),
  contact: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  personnel: z.number().int().nullable(),
  notes: z.string().nullable(),
  /** Minutes from request to arrival. */
  responseMinutes: z.number().int().nullable(),
});
export type Agency = z.infer<typeof AgencySchema>;

export const IncidentSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitTimezone: TimeZoneSchema,
  kanwilName: z.string().nullable(),
  categoryId: z.uuid(),
  categoryCode: z.string(),
  categoryName: z.string(),
  serious: z.boolean(),
  severity: z.string(),
  severityName: z.string(),
  severityRank: z.number().int(),
  status: IncidentStatusSchema,
  occurredAt: z.string(),
  reportedAt: z.string(),
  location: z.string(),
  /** Latest figures, derived ones included. */
  counters: z.record(z.string(), z.number()),
  counterDefs: z.array(z.object({ key: z.string(), label: z.string(), derived: z.boolean() })),
  involved: InvolvedCountsSchema,
  unacknowledgedAlerts: z.number().int(),
  lastUpdateAt: z.string(),
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

export const IncidentSchema = IncidentSummarySchema.extend({
  description: z.string(),
  reportedBy: z.string(),
  sop: z.object({
    versionId: z.uuid().nullable(),
    version: z.number().int().nullable(),
    steps: z.array(SopStepSchema.extend({ doneAt: z.string().nullable(), doneBy: z.string().nullable(), note: z.string().nullable() })),
  }),
  alerts: z.array(AlertSchema),
  agencies: z.array(AgencySchema),
  timeline: z.array(TimelineEntrySchema),
  review: ReviewBodySchema.extend({ submittedAt: z.string(), submittedBy: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  followUpDirectiveIds: z.array(z.uuid()),
  abilities: z.object({
    update: z.boolean(),
    changeStatus: z.boolean(),
    review: z.boolean(),
    close: z.boolean(),
    readPersons: z.boolean(),
    addPersons: z.boolean(),
  }),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const ListIncidentsQuerySchema = z
  .object({
    /** "open" = every status but ditutup. */
    status: z.union([IncidentStatusSchema, z.literal('open')]).optional(),
    categoryId: z.uuid().optional(),
    unitId: z.uuid().optional(),
    serious: z.enum(['true', 'false']).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type ListIncidentsQuery = z.infer<typeof ListIncidentsQuerySchema>;
export const IncidentListSchema = pageOf(IncidentSummarySchema).extend({ abilities: z.object({ report: z.boolean() }) });
export type IncidentList = z.infer<typeof IncidentListSchema>;

export const OpenSeriousSchema = z.object({ items: z.array(IncidentSummarySchema) });
export type OpenSerious = z.infer<typeof OpenSeriousSchema>;

export const IncidentStatsQuerySchema = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional(), unitId: z.uuid().optional() })
  .strict();
export type IncidentStatsQuery = z.infer<typeof IncidentStatsQuerySchema>;

const StatRow = z.object({ key: z.string(), label: z.string(), total: z.number().int(), open: z.number().int(), serious: z.number().int() });
export const IncidentStatsSchema = z.object({
  total: z.number().int(),
  open: z.number().int(),
  byCategory: z.array(StatRow),
  /** Per Kanwil for HQ, per UPT for a Kanwil. */
  byUnit: z.array(StatRow),
  /** "2026-03" … */
  byMonth: z.array(StatRow),
});
export type IncidentStats = z.infer<typeof IncidentStatsSchema>;

export const IncidentMapSchema = z.object({
  points: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      lat: z.number(),
      lng: z.number(),
      total: z.number().int(),
      open: z.number().int(),
      openSerious: z.number().int(),
    }),
  ),
});
export type IncidentMap = z.infer<typeof IncidentMapSchema>;
