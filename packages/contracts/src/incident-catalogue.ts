import { z } from 'zod';

/**
 * The Kamtib catalogue: categories, severities, SOP checklists (versioned) and the escalation policy.
 * There are no public national alert levels or reporting deadlines, so all of it is configurable;
 * the defaults are seeded from the Permenkumham 8/2024 chain of command.
 */

const CodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'kode huruf kecil, angka dan "_" (2–40 karakter)');

/** A running figure kept per incident, e.g. escaped / recaptured; a derived one is computed, never typed. */
export const CounterDefSchema = z
  .object({
    key: CodeSchema,
    label: z.string().trim().min(2).max(60),
    labelEn: z.string().trim().min(2).max(60),
    derived: z.object({ from: CodeSchema, subtract: z.array(CodeSchema).min(1).max(5) }).strict().optional(),
  })
  .strict();
export type CounterDef = z.infer<typeof CounterDefSchema>;

export const IncidentCategorySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** "Tertentu" (serious) in the Dirjen's standard, against "biasa" (ordinary). */
  serious: z.boolean(),
  counters: z.array(CounterDefSchema),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type IncidentCategory = z.infer<typeof IncidentCategorySchema>;

export const SaveIncidentCategoryBodySchema = z
  .object({
    code: CodeSchema,
    name: z.string().trim().min(3).max(80),
    nameEn: z.string().trim().min(3).max(80),
    serious: z.boolean(),
    counters: z.array(CounterDefSchema).max(8).default([]),
    active: z.boolean().default(true),
    sortOrder: z.number().int().min(0).max(999).default(100),
  })
  .strict();
export type SaveIncidentCategoryBody = z.infer<typeof SaveIncidentCategoryBodySchema>;

export const SeveritySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** Higher is worse; escalation rules apply from a minimum rank. */
  rank: z.number().int(),
  active: z.boolean(),
});
export type Severity = z.infer<typeof SeveritySchema>;

export const SaveSeverityBodySchema = z
  .object({
    code: CodeSchema,
    name: z.string().trim().min(3).max(40),
    nameEn: z.string().trim().min(3).max(40),
    rank: z.number().int().min(1).max(9),
    active: z.boolean().default(true),
  })
  .strict();
export type SaveSeverityBody = z.infer<typeof SaveSeverityBodySchema>;

export const SopStepSchema = z
  .object({
    key: CodeSchema,
    text: z.string().trim().min(3).max(300),
  })
  .strict();
export type SopStep = z.infer<typeof SopStepSchema>;

/** One version of a category's SOP checklist; an incident keeps the version active when it occurred. */
export const SopVersionSchema = z.object({
  id: z.uuid(),
  categoryId: z.uuid(),
  version: z.number().int(),
  activeFrom: z.string(),
  steps: z.array(SopStepSchema),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type SopVersion = z.infer<typeof SopVersionSchema>;

export const CreateSopVersionBodySchema = z
  .object({
    activeFrom: z.iso.datetime({ offset: true }),
    steps: z
      .array(SopStepSchema)
      .min(1)
      .max(40)
      .refine((s) => new Set(s.map((x) => x.key)).size === s.length, 'kunci langkah SOP harus unik'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type CreateSopVersionBody = z.infer<typeof CreateSopVersionBodySchema>;

/** Who is told about an incident: the unit's own leadership, its Kanwil, or the HQ duty officers. */
export const ALERT_LEVELS = ['unit', 'kanwil', 'hq'] as const;
export const AlertLevelSchema = z.enum(ALERT_LEVELS);
export type AlertLevel = z.infer<typeof AlertLevelSchema>;

/**
 * When an incident of `categoryId` (null = every category) at `minSeverityRank` or worse is reported,
 * `level` is alerted after `notifyAfterMinutes` (0 = at once) and must acknowledge within `ackWithinMinutes`;
 * otherwise the alert is repeated and the next level up is alerted, once.
 */
export const EscalationRuleSchema = z.object({
  id: z.uuid(),
  categoryId: z.uuid().nullable(),
  minSeverityRank: z.number().int(),
  level: AlertLevelSchema,
  notifyAfterMinutes: z.number().int(),
  ackWithinMinutes: z.number().int(),
});
export type EscalationRule = z.infer<typeof EscalationRuleSchema>;

export const SaveEscalationRuleBodySchema = z
  .object({
    categoryId: z.uuid().nullable(),
    minSeverityRank: z.number().int().min(1).max(9),
    level: AlertLevelSchema,
    notifyAfterMinutes: z.number().int().min(0).max(24 * 60),
    ackWithinMinutes: z.number().int().min(1).max(24 * 60),
  })
  .strict();
export type SaveEscalationRuleBody = z.infer<typeof SaveEscalationRuleBodySchema>;

/** Everything a reporting form and the admin page need, in one request (also cached for offline use). */
export const IncidentCatalogueSchema = z.object({
  categories: z.array(IncidentCategorySchema),
  severities: z.array(SeveritySchema),
  /** The SOP version active now, per category id. */
  currentSop: z.record(z.string(), SopVersionSchema),
  rules: z.array(EscalationRuleSchema),
  abilities: z.object({ configure: z.boolean() }),
});
export type IncidentCatalogue = z.infer<typeof IncidentCatalogueSchema>;

export const SopVersionListSchema = z.object({ items: z.array(SopVersionSchema) });

/** PUT /incident-catalogue/rules: the whole rule set, replacing the current one. */
export const SaveEscalationRulesBodySchema = z.array(SaveEscalationRuleBodySchema).max(200);
export type SaveEscalationRulesBody = z.infer<typeof SaveEscalationRulesBodySchema>;

export const EscalationRuleListSchema = z.object({ items: z.array(EscalationRuleSchema) });
