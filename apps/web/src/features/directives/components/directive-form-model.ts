import type { Path } from 'react-hook-form';
import { CreateDirectiveBodySchema, type CreateDirectiveBody } from '@selaras/contracts';
import type { z } from 'zod';
import { metricFieldPaths, toMetricBody } from '@/lib/metric-drafts';

/** The form holds the create body as typed (before defaults are applied). */
export type DirectiveFormInput = z.input<typeof CreateDirectiveBodySchema>;
type TargetInput = DirectiveFormInput['target'];

export const DRAFT_KEY = 'directives.create';

export const EMPTY_FILTER: TargetInput = { mode: 'filter', types: [], variants: [], kanwilIds: [] };
export const EMPTY_LIST: TargetInput = { mode: 'list', unitIds: [] };

// Daily cut-offs are usually at 10.00: the time is prefilled, the date left for the author.
export const EMPTY_DIRECTIVE: DirectiveFormInput = {
  source: 'meeting',
  title: '',
  body: '',
  tags: [],
  priority: 'normal',
  target: EMPTY_FILTER,
  due: { local: 'T10:00', zone: 'unit' },
  verifiedBy: 'kanwil',
  metrics: [],
  recurrence: { kind: 'none' },
};

/** A restored draft keeps only the keys of its target mode (the contract rejects the others). */
export function normalizeDraft(draft: DirectiveFormInput): DirectiveFormInput {
  const target = draft.target;
  return {
    ...draft,
    recurrence: draft.recurrence ?? { kind: 'none' },
    target:
      target.mode === 'list'
        ? { mode: 'list', unitIds: target.unitIds }
        : {
            mode: 'filter',
            types: target.types ?? [],
            variants: target.variants ?? [],
            kanwilIds: target.kanwilIds ?? [],
          },
  };
}

/** The body as sent: each metric without choices unless it is a choice metric. */
export function toBody(values: CreateDirectiveBody): CreateDirectiveBody {
  return { ...values, metrics: values.metrics.map(toMetricBody) };
}

const METRIC_FIELDS = ['key', 'name', 'unit', 'type', 'choices', 'targetPerUnit', 'rollup'] as const;

/** The field paths a server error may name (`body.metrics.0.key` → `metrics.0.key`). */
export function serverFields(metricCount: number): Path<DirectiveFormInput>[] {
  const fields: Path<DirectiveFormInput>[] = [
    'source',
    'reference',
    'title',
    'body',
    'priority',
    'tags',
    'target',
    'target.types',
    'target.variants',
    'target.kanwilIds',
    'target.unitIds',
    'due',
    'due.local',
    'due.zone',
    'verifiedBy',
    'metrics',
    'recurrence',
  ];
  return [...fields, ...metricFieldPaths(metricCount, METRIC_FIELDS)];
}
