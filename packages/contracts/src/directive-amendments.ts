import { z } from 'zod';
import { RecurrenceSchema } from './directive-recurrence.js';
import {
  DIRECTIVE_SOURCES,
  DueSchema,
  EvidenceRulesSchema,
  MetricSchema,
  PRIORITIES,
  TargetSelectorSchema,
  uniqueMetricKeys,
} from './directives.js';

/**
 * PATCH of a directive. A draft takes any field; an issued directive takes only title, body, priority,
 * metric labels and targets, evidence rules and due, with a reason, and each change becomes a version.
 */
export const UpdateDirectiveFieldsSchema = z
  .object({
    reference: z.string().trim().max(120).nullable().optional(),
    source: z.enum(DIRECTIVE_SOURCES).optional(),
    title: z.string().trim().min(5).max(200).optional(),
    body: z.string().trim().min(1).max(20_000).optional(),
    category: z.string().trim().max(80).nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
    priority: z.enum(PRIORITIES).optional(),
    target: TargetSelectorSchema.optional(),
    metrics: z.array(MetricSchema).max(20).optional(),
    evidence: EvidenceRulesSchema.optional(),
    due: DueSchema.optional(),
    verifiedBy: z.enum(['kanwil', 'hq']).optional(),
    recurrence: RecurrenceSchema.optional(),
    /** Why an issued directive changes; required once it is issued. */
    reason: z.string().trim().min(5).max(2000).optional(),
  })
  .strict();
export const UpdateDirectiveBodySchema = UpdateDirectiveFieldsSchema.refine((d) => !d.metrics || uniqueMetricKeys(d.metrics), { message: 'Kunci metrik harus unik', path: ['metrics'] });
export type UpdateDirectiveBody = z.infer<typeof UpdateDirectiveBodySchema>;

/** The fields an issued directive may still change. */
export const AMENDABLE_FIELDS = ['title', 'body', 'priority', 'metrics', 'evidence', 'due'] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

export const FieldChangeSchema = z.object({ before: z.unknown(), after: z.unknown() });

/** One amendment of an issued directive: version 1 is the directive as issued, amendments count from 2. */
export const DirectiveVersionSchema = z.object({
  id: z.uuid(),
  directiveId: z.uuid(),
  versionNo: z.number().int(),
  changes: z.record(z.string(), FieldChangeSchema),
  reason: z.string(),
  byName: z.string(),
  byPosition: z.string(),
  at: z.string(),
});
export type DirectiveVersion = z.infer<typeof DirectiveVersionSchema>;
