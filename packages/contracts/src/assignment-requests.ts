import { z } from 'zod';
import { pageOf, PageQuerySchema } from './paging.js';
import { TimeZoneSchema } from './units.js';
import { AssignmentSchema, MetricValueSchema } from './directives.js';

/** Why a unit asks for more time. "lainnya" needs a note. */
export const EXTENSION_REASONS = [
  'bencana_alam',
  'gangguan_jaringan',
  'kegiatan_mendesak',
  'sarana_belum_tersedia',
  'lainnya',
] as const;
/** Why a unit asks to be left out of a directive. "lainnya" needs a note. */
export const EXEMPTION_REASONS = [
  'tidak_relevan',
  'unit_tidak_beroperasi',
  'sudah_dilaksanakan_sebelumnya',
  'lainnya',
] as const;
export const REQUEST_TYPES = ['extension', 'exemption'] as const;
export const REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type ExtensionReason = (typeof EXTENSION_REASONS)[number];
export type ExemptionReason = (typeof EXEMPTION_REASONS)[number];

const note = z.string().trim().max(2000).optional();
const NOTE_REQUIRED = 'Keterangan wajib diisi untuk alasan "lainnya"';
const noteWhenOther = (b: { reasonCode: string; note?: string }) =>
  b.reasonCode !== 'lainnya' || (b.note ?? '').length >= 5;

export const CreateAssignmentRequestBodySchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('extension'),
        reasonCode: z.enum(EXTENSION_REASONS),
        note,
        requestedDueAt: z.iso.datetime({ offset: true }),
      })
      .strict(),
    z.object({ type: z.literal('exemption'), reasonCode: z.enum(EXEMPTION_REASONS), note }).strict(),
  ])
  .refine(noteWhenOther, { message: NOTE_REQUIRED, path: ['note'] });
export type CreateAssignmentRequestBody = z.infer<typeof CreateAssignmentRequestBodySchema>;

export const DecideAssignmentRequestBodySchema = z
  .object({ decision: z.enum(['approved', 'rejected']), note: z.string().trim().max(2000).optional() })
  .strict()
  .refine((b) => b.decision !== 'rejected' || (b.note ?? '').length >= 5, {
    message: 'Alasan penolakan wajib diisi (minimal 5 karakter)',
    path: ['note'],
  });
export type DecideAssignmentRequestBody = z.infer<typeof DecideAssignmentRequestBodySchema>;

export const AssignmentRequestSchema = z.object({
  id: z.uuid(),
  assignmentId: z.uuid(),
  directiveId: z.uuid(),
  directiveTitle: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitTimezone: TimeZoneSchema,
  type: z.enum(REQUEST_TYPES),
  reasonCode: z.union([z.enum(EXTENSION_REASONS), z.enum(EXEMPTION_REASONS)]),
  note: z.string().nullable(),
  requestedDueAt: z.string().nullable(),
  dueAtWhenRequested: z.string(),
  status: z.enum(REQUEST_STATUSES),
  requestedAt: z.string(),
  requestedByName: z.string(),
  requestedByPosition: z.string(),
  decidedAt: z.string().nullable(),
  decidedByPosition: z.string().nullable(),
  decisionNote: z.string().nullable(),
  abilities: z.object({ decide: z.boolean() }),
});
export type AssignmentRequest = z.infer<typeof AssignmentRequestSchema>;

export const ListAssignmentRequestsQuerySchema = PageQuerySchema.extend({
  status: z.enum(REQUEST_STATUSES).optional(),
}).strict();
export const AssignmentRequestPageSchema = pageOf(AssignmentRequestSchema);

/** A report being written: saved on the server, not yet sent. */
export const SaveDraftBodySchema = z
  .object({ values: z.record(z.string(), MetricValueSchema), narrative: z.string().max(10_000) })
  .strict();
export type SaveDraftBody = z.infer<typeof SaveDraftBodySchema>;
export const ReportDraftSchema = SaveDraftBodySchema.extend({ savedAt: z.string(), savedByName: z.string() });
export type ReportDraft = z.infer<typeof ReportDraftSchema>;

/** One assignment as its page shows it: with its requests and the saved draft of its report. */
export const AssignmentDetailSchema = AssignmentSchema.extend({
  requests: z.array(AssignmentRequestSchema),
  draft: ReportDraftSchema.nullable(),
});
export type AssignmentDetail = z.infer<typeof AssignmentDetailSchema>;

/** Many decisions at once; each item is decided on its own and may fail on its own. */
export const BulkDecisionBodySchema = z
  .object({
    items: z
      .array(
        z
          .object({
            reportId: z.uuid(),
            decision: z.enum(['verified', 'returned']),
            reason: z.string().max(2000).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export type BulkDecisionBody = z.infer<typeof BulkDecisionBodySchema>;

export const BulkDecisionResultSchema = z.object({
  items: z.array(
    z.object({
      reportId: z.uuid(),
      ok: z.boolean(),
      status: z.string().optional(),
      problem: z
        .object({ status: z.number().int(), code: z.string(), title: z.string(), detail: z.string().optional() })
        .optional(),
    }),
  ),
});
export type BulkDecisionResult = z.infer<typeof BulkDecisionResultSchema>;

/** Follow-ups not yet reported, per Kanwil (HQ's "belum melapor" overview). */
export const PendingSummarySchema = z.object({
  items: z.array(
    z.object({ unitId: z.uuid(), unitName: z.string(), pending: z.number().int(), overdue: z.number().int() }),
  ),
});
export type PendingSummary = z.infer<typeof PendingSummarySchema>;
