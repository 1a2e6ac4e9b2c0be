import type { MetricSchema, METRIC_TYPES } from '@selaras/contracts';
import type { z } from 'zod';

/** One metric as a form holds it (before the contract applies its defaults). */
export type MetricInput = z.input<typeof MetricSchema>;
export type MetricOutput = z.output<typeof MetricSchema>;
export type MetricType = (typeof METRIC_TYPES)[number];
export type MetricField = keyof MetricInput;

export const EMPTY_METRIC: MetricInput = { key: '', name: '', type: 'integer', rollup: 'sum' };

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

/** Choices belong to choice metrics only; a list typed before the type changed is not sent. */
export function toMetricBody(metric: MetricOutput): MetricOutput {
  return metric.type === 'choice' ? metric : { ...metric, choices: undefined };
}

/** The field paths a server error may name for each metric row (`body.metrics.0.key` → `metrics.0.key`). */
export function metricFieldPaths<F extends MetricField>(
  metricCount: number,
  fields: readonly F[],
): `metrics.${number}.${F}`[] {
  const paths: `metrics.${number}.${F}`[] = [];
  for (let index = 0; index < metricCount; index += 1) {
    for (const field of fields) paths.push(`metrics.${index}.${field}`);
  }
  return paths;
}
