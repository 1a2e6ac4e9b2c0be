import type { Path } from 'react-hook-form';
import { CreateDirectiveBodySchema, type CreateDirectiveBody } from '@selaras/contracts';
import type { z } from 'zod';

/** The form holds the create body as typed (before defaults are applied). */
export type DirectiveFormInput = z.input<typeof CreateDirectiveBodySchema>;
export type MetricInput = DirectiveFormInput['metrics'] extends (infer M)[] | undefined ? M : never;
type TargetInput = DirectiveFormInput['target'];

export const DRAFT_KEY = 'directives.create';

export const EMPTY_FILTER: TargetInput = { mode: 'filter', types: [], variants: [], kanwilIds: [] };
export const EMPTY_LIST: TargetInput = { mode: 'list', unitIds: [] };

export const EMPTY_METRIC: MetricInput = { key: '', name: '', type: 'integer', rollup: 'sum' };

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

/** Choices belong to choice metrics only; a list typed before the type changed is not sent. */
export function toBody(values: CreateDirectiveBody): CreateDirectiveBody {
  return {
    ...values,
    metrics: values.metrics.map((metric) => (metric.type === 'choice' ? metric : { ...metric, choices: undefined })),
  };
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
  for (let index = 0; index < metricCount; index += 1) {
    for (const field of METRIC_FIELDS) fields.push(`metrics.${index}.${field}`);
  }
  return fields;
}

/** "Bibit kelapa ditanam" → "bibit_kelapa_ditanam": a key the contract accepts, made from the name. */
export function keyFromName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  return slug.slice(0, 40).replace(/_+$/, '');
}

/** Empty inputs of optional fields mean "not given". */
export function emptyToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** "12,5" or "12.5" → 12.5; empty → not given; anything else stays NaN so the schema reports it. */
export function toOptionalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Number(value.trim().replace(',', '.'));
}
