import type { Metric } from '@selaras/contracts';

type Value = number | boolean | string;

/** Checks reported values against the directive's metrics: every metric present, each of its type. */
export function checkValues(metrics: Metric[], values: Record<string, Value>): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const known = new Set(metrics.map((m) => m.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) errors.push({ path: `body.values.${key}`, message: 'Metrik ini tidak ada dalam arahan' });
  }
  for (const m of metrics) {
    const v = values[m.key];
    const path = `body.values.${m.key}`;
    if (v === undefined) errors.push({ path, message: `${m.name} wajib diisi` });
    else if (m.type === 'integer' && !(typeof v === 'number' && Number.isInteger(v) && v >= 0)) {
      errors.push({ path, message: `${m.name} harus bilangan bulat tidak negatif` });
    } else if (m.type === 'decimal' && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
      errors.push({ path, message: `${m.name} harus angka tidak negatif` });
    } else if (m.type === 'boolean' && typeof v !== 'boolean') errors.push({ path, message: `${m.name} harus ya atau tidak` });
    else if (m.type === 'choice' && !(typeof v === 'string' && m.choices?.includes(v))) {
      errors.push({ path, message: `${m.name} harus salah satu dari: ${m.choices?.join(', ')}` });
    }
  }
  return errors;
}
