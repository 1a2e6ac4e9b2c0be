import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';
import { StoredFileSchema } from './files.js';
import { TimeZoneSchema, UnitKindSchema, UnitVariantSchema, UptTypeSchema } from './units.js';
import { DirectiveWindowSchema, RecurrenceSchema, WindowParamSchema } from './directive-recurrence.js';

/** Which units a directive goes to: UPTs matching a filter (empty = every UPT), or a list of units. */
export const TargetSelectorSchema = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('filter'),
      types: z.array(UptTypeSchema).max(10).optional(),
      variants: z.array(UnitVariantSchema).max(10).optional(),
      kanwilIds: z.array(z.uuid()).max(40).optional(),
    })
    .strict(),
  z.object({ mode: z.literal('list'), unitIds: z.array(z.uuid()).min(1).max(1000) }).strict(),
]);
export type TargetSelector = z.infer<typeof TargetSelectorSchema>;

export const METRIC_TYPES = ['integer', 'decimal', 'boolean', 'choice'] as const;
export const MetricSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'huruf kecil, angka dan garis bawah; diawali huruf'),
    name: z.string().trim().min(2).max(120),
    unit: z.string().trim().max(30).optional(),
    type: z.enum(METRIC_TYPES),
    choices: z.array(z.string().trim().min(1).max(60)).min(2).max(20).optional(),
    targetPerUnit: z.number().min(0).max(1e9).optional(),
    rollup: z.enum(['sum', 'avg', 'count']),
  })
  .strict()
  .refine((m) => m.type !== 'choice' || m.choices, { message: 'Metrik pilihan memerlukan daftar pilihan', path: ['choices'] });
export type Metric = z.infer<typeof MetricSchema>;

export const EvidenceRulesSchema = z
  .object({
    minPhotos: z.number().int().min(0).max(20).default(0),
    minDocuments: z.number().int().min(0).max(20).default(0),
    geotagRequired: z.boolean().default(false),
  })
  .strict();

function isCalendarDate(s: string): boolean {
  const [y = 0, m = 0, d = 0] = s.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A due time as people say it: "9 Sep 10.00", in each unit's own zone or in one named zone. */
export const DueSchema = z
  .object({
    local: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'format YYYY-MM-DDTHH:mm')
      .refine(isCalendarDate, 'tanggal tidak ada'),
    zone: z.union([z.literal('unit'), TimeZoneSchema]),
  })
  .strict();
export type Due = z.infer<typeof DueSchema>;

export function uniqueMetricKeys(metrics: { key: string }[]): boolean {
  return new Set(metrics.map((m) => m.key)).size === metrics.length;
}

export const DIRECTIVE_SOURCES = ['meeting', 'letter', 'instruction'] as const;
export const PRIORITIES = ['normal', 'high', 'urgent'] as const;

export const CreateDirectiveBodySchema = z
  .object({
    reference: z.string().trim().max(120).optional(),
    source: z.enum(DIRECTIVE_SOURCES),
    title: z.string().trim().min(5).max(200),
    body: z.string().trim().min(1).max(20_000),
    category: z.string().trim().max(80).optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
    priority: z.enum(PRIORITIES).default('normal'),
    target: TargetSelectorSchema,
    metrics: z.array(MetricSchema).max(20).default([]),
    evidence: EvidenceRulesSchema.default({ minPhotos: 0, minDocuments: 0, geotagRequired: false }),
    due: DueSchema,
    verifiedBy: z.enum(['kanwil', 'hq']).default('kanwil'),
    recurrence: RecurrenceSchema.default({ kind: 'none' }),
  })
  .strict()
  .refine((d) => uniqueMetricKeys(d.metrics), { message: 'Kunci metrik harus unik', path: ['metrics'] });
export type CreateDirectiveBody = z.infer<typeof CreateDirectiveBodySchema>;

export const DirectiveSchema = z.object({
  id: z.uuid(),
  reference: z.string().nullable(),
  source: z.enum(DIRECTIVE_SOURCES),
  title: z.string(),
  body: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  priority: z.enum(PRIORITIES),
  status: z.enum(['draft', 'issued']),
  target: TargetSelectorSchema,
  metrics: z.array(MetricSchema),
  evidence: EvidenceRulesSchema,
  due: DueSchema,
  verifiedBy: z.enum(['kanwil', 'hq']),
  recurrence: RecurrenceSchema,
  /** How many reporting windows the directive has (1 without recurrence). */
  windowCount: z.number().int(),
  issuerUnitId: z.uuid(),
  issuerPositionTitle: z.string(),
  issuedAt: z.string().nullable(),
  assignmentCount: z.number().int(),
  /** Units that follow the directive up (Kanwil verifying rows left out). */
  followUpCount: z.number().int(),
  abilities: z.object({ issue: z.boolean(), edit: z.boolean(), amend: z.boolean() }),
});
export type Directive = z.infer<typeof DirectiveSchema>;

export const ListDirectivesQuerySchema = PageQuerySchema.extend({
  status: z.enum(['draft', 'issued']).optional(),
  q: z.string().trim().max(100).optional(),
}).strict();
export const DirectivePageSchema = pageOf(DirectiveSchema);

export const ASSIGNMENT_STATUSES = [
  'belum_dimulai',
  'dalam_proses',
  'dilaporkan',
  'dikembalikan',
  'dilaporkan_ulang',
  'terverifikasi',
  'dikecualikan',
] as const;
export const AssignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);
export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;

export const AssignmentSchema = z.object({
  id: z.uuid(),
  directiveId: z.uuid(),
  directiveTitle: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: UnitKindSchema,
  unitTimezone: TimeZoneSchema,
  role: z.enum(['follow_up', 'verify']),
  status: AssignmentStatusSchema,
  dueAt: z.string(),
  windowNo: z.number().int(),
  windowStart: z.string(),
  windowCount: z.number().int(),
  overdue: z.boolean(),
  abilities: z.object({
    report: z.boolean(),
    verify: z.boolean(),
    return: z.boolean(),
    requestExtension: z.boolean(),
    requestExemption: z.boolean(),
    decideRequest: z.boolean(),
  }),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const ListAssignmentsQuerySchema = PageQuerySchema.extend({
  directiveId: z.uuid().optional(),
  status: AssignmentStatusSchema.optional(),
  role: z.enum(['follow_up', 'verify']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** A window number or "all"; absent: each assignment's current window (the first still due, else the last). */
  window: WindowParamSchema.optional(),
  /** "Belum melapor": follow-ups not yet reported (belum dimulai, dalam proses, dikembalikan). */
  pending: z.enum(['true', 'false']).optional(),
}).strict();
export const AssignmentPageSchema = pageOf(AssignmentSchema);

export const MetricValueSchema = z.union([z.number(), z.boolean(), z.string().max(60)]);

export const SubmitReportBodySchema = z
  .object({
    values: z.record(z.string(), MetricValueSchema),
    narrative: z.string().trim().min(1).max(10_000),
    /** Files uploaded through POST /files, owned by the reporting unit (evidence rules apply). */
    attachmentIds: z.array(z.uuid()).max(20).optional(),
  })
  .strict();
export type SubmitReportBody = z.infer<typeof SubmitReportBodySchema>;

export const ReportSchema = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  version: z.number().int(),
  values: z.record(z.string(), MetricValueSchema),
  narrative: z.string(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  submittedByPosition: z.string(),
  onBehalf: z.boolean(),
  decision: z.enum(['verified', 'returned']).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  attachments: z.array(StoredFileSchema),
});
export type Report = z.infer<typeof ReportSchema>;

export const DecideReportBodySchema = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('verified') }).strict(),
    z.object({ decision: z.literal('returned'), reason: z.string().trim().min(5).max(2000) }).strict(),
  ]);
export type DecideReportBody = z.infer<typeof DecideReportBodySchema>;

export const RollupRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  targets: z.number().int(),
  reported: z.number().int(),
  verified: z.number().int(),
  overdue: z.number().int(),
  reportedPercent: z.number(),
  verifiedPercent: z.number(),
  metrics: z.record(z.string(), z.object({ reported: z.number().nullable(), verified: z.number().nullable() })),
});
export const DirectiveRollupSchema = z.object({
  /** The window shown: the one asked for, else the current one. */
  window: z.number().int(),
  windows: z.array(DirectiveWindowSchema),
  national: RollupRowSchema.omit({ unitId: true, unitName: true }),
  kanwil: z.array(RollupRowSchema),
});
export const RollupQuerySchema = z.object({ window: z.coerce.number().int().min(1).max(1000).optional() }).strict();
