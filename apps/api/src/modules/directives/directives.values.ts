import type { FieldIssue, Metric } from '@selaras/contracts';

type Value = number | boolean | string;

const EXPECTED: Record<Metric['type'], string> = {
  integer: 'bilangan bulat tidak negatif',
  decimal: 'angka tidak negatif',
  boolean: 'ya atau tidak',
  choice: 'salah satu pilihan',
};

function fits(m: Metric, v: Value): boolean {
  if (m.type === 'integer') return typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (m.type === 'decimal') return typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (m.type === 'boolean') return typeof v === 'boolean';
  return typeof v === 'string' && (m.choices ?? []).includes(v);
}

/**
 * Checks reported values against the directive's metrics: every metric present, each of its type.
 * Each problem carries a code and its params so a client can word it in its own language.
 */
export function checkValues(metrics: Metric[], values: Record<string, Value>): FieldIssue[] {
  const errors: FieldIssue[] = [];
  const known = new Set(metrics.map((m) => m.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      errors.push({ path: `body.values.${key}`, message: 'Metrik ini tidak ada dalam arahan', code: 'directives.metric_unknown', params: { metric: key } });
    }
  }
  for (const m of metrics) {
    const v = values[m.key];
    const path = `body.values.${m.key}`;
    if (v === undefined) {
      errors.push({ path, message: `${m.name} wajib diisi`, code: 'directives.metric_required', params: { metric: m.name } });
    } else if (!fits(m, v)) {
      const expected = m.type === 'choice' ? `salah satu dari: ${m.choices?.join(', ')}` : EXPECTED[m.type];
      errors.push({
        path,
        message: `${m.name} harus ${expected}`,
        code: 'directives.metric_value_invalid',
        params: { metric: m.name, expected: m.type, ...(m.type === 'choice' ? { choices: (m.choices ?? []).join(', ') } : {}) },
      });
    }
  }
  return errors;
}
