import type { Path } from 'react-hook-form';
import { UpdateDirectiveFieldsSchema, type Directive } from '@selaras/contracts';
import type { z } from 'zod';
import { metricFieldPaths } from '@/lib/metric-drafts';

/** What an issued directive may still change, all present, plus the reason the contract requires. */
export const AmendFormSchema = UpdateDirectiveFieldsSchema.pick({
  title: true,
  body: true,
  priority: true,
  metrics: true,
  evidence: true,
  due: true,
  reason: true,
}).required();
export type AmendFormInput = z.input<typeof AmendFormSchema>;
export type AmendFormOutput = z.output<typeof AmendFormSchema>;

export const amendDraftKey = (directiveId: string) => `directives.amend.${directiveId}`;

export function toAmendForm(directive: Directive): AmendFormInput {
  return {
    title: directive.title,
    body: directive.body,
    priority: directive.priority,
    metrics: directive.metrics,
    evidence: directive.evidence,
    due: directive.due,
    reason: '',
  };
}

/** The field paths a server error may name on this form. */
export function amendServerFields(metricCount: number): Path<AmendFormInput>[] {
  const fields: Path<AmendFormInput>[] = ['title', 'body', 'priority', 'due', 'due.local', 'due.zone', 'evidence', 'metrics', 'reason'];
  return [...fields, ...metricFieldPaths(metricCount, ['name', 'unit', 'targetPerUnit'])];
}
