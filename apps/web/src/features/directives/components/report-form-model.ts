import type { Path } from 'react-hook-form';
import { StoredFileSchema, SubmitReportBodySchema, type Metric, type Report, type StoredFile } from '@selaras/contracts';
import { z } from 'zod';
import type { Language } from '@/lib/format';
import type { Translate } from '@/lib/i18n/i18n';

/** Values as typed: numbers stay text until sent, so "12," or an empty box is kept exactly. */
export type ReportFormInput = { values: Record<string, string | boolean>; narrative: string; attachments: StoredFile[] };

/** The form's values as kept with a queued report, checked before they are put back on the form. */
export const ReportFormInputSchema: z.ZodType<ReportFormInput> = z.object({
  values: z.record(z.string(), z.union([z.string(), z.boolean()])),
  narrative: z.string(),
  attachments: z.array(StoredFileSchema),
});

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+([.,]\d+)?$/;

function metricSchema(metric: Metric, t: Translate): z.ZodType<number | boolean | string, string | boolean> {
  const required = t('validation.required');
  switch (metric.type) {
    case 'integer':
      return z.string().trim().min(1, required).regex(INTEGER, t('report.error.integer')).transform(Number);
    case 'decimal':
      return z
        .string()
        .trim()
        .min(1, required)
        .regex(DECIMAL, t('report.error.decimal'))
        .transform((text) => Number(text.replace(',', '.')));
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum((metric.choices ?? []) as [string, ...string[]], { error: t('validation.choose') });
  }
}

/**
 * The report form's schema, made from the directive's metrics: each metric with its own type, the
 * narrative as the contract has it, and the result checked against the contract once more.
 */
export function reportFormSchema(metrics: Metric[], t: Translate) {
  const values = z.object(Object.fromEntries(metrics.map((metric) => [metric.key, metricSchema(metric, t)])));
  // The form keeps each uploaded file's facts (thumbnail, geotag) so a reloaded draft still shows them; only ids are sent.
  return z
    .object({ values, narrative: SubmitReportBodySchema.shape.narrative, attachments: z.array(StoredFileSchema).max(20) })
    .transform(({ attachments, ...rest }): z.input<typeof SubmitReportBodySchema> => ({ ...rest, attachmentIds: attachments.map((file) => file.id) }))
    .pipe(SubmitReportBodySchema);
}

/** Empty boxes, or the last report's (or saved draft's) values when a report is being corrected or resumed. */
export function initialReport(
  metrics: Metric[],
  latest: (Pick<Report, 'values' | 'narrative'> & Partial<Pick<Report, 'attachments'>>) | undefined,
  lang: Language,
): ReportFormInput {
  const values: ReportFormInput['values'] = {};
  for (const metric of metrics) {
    const previous = latest?.values[metric.key];
    if (metric.type === 'boolean') values[metric.key] = previous === true;
    else if (previous === undefined) values[metric.key] = '';
    // Decimals come back as typed in the person's language: "0,5" in Indonesian.
    else if (metric.type === 'decimal' && lang === 'id') values[metric.key] = String(previous).replace('.', ',');
    else values[metric.key] = String(previous);
  }
  return { values, narrative: latest?.narrative ?? '', attachments: latest?.attachments ?? [] };
}

/** `body.values.bibit` → `values.bibit`, `body.narrative` → `narrative`. */
export function reportFields(metrics: Metric[]): Path<ReportFormInput>[] {
  return ['narrative', ...metrics.map((metric): Path<ReportFormInput> => `values.${metric.key}`)];
}

export function reportDraftKey(assignmentId: string): string {
  return `reports.${assignmentId}`;
}

/** What is typed so far, as the server keeps a draft: empty boxes left out, text kept as typed. */
export function draftBody(input: ReportFormInput): { values: Record<string, string | boolean>; narrative: string } {
  const values: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(input.values)) {
    if (typeof value === 'boolean' || value.trim() !== '')
      values[key] = typeof value === 'string' ? value.trim() : value;
  }
  return { values, narrative: input.narrative };
}
