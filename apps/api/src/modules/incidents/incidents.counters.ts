import type { CounterDef, FieldIssue } from '@selaras/contracts';
import { field, reportInvalid } from './incidents.errors.js';

/** Field issues for counters the category does not define or computes itself. */
export function counterKeyIssues(defs: CounterDef[], changes: Record<string, number>, path = 'body.counters'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(changes)) {
    const def = defs.find((d) => d.key === key);
    if (!def) issues.push(field(`${path}.${key}`, `Angka "${key}" tidak dikenal untuk kategori ini.`, 'unknown_counter'));
    else if (def.derived) issues.push(field(`${path}.${key}`, `"${def.label}" dihitung otomatis dan tidak diisi.`, 'derived_counter'));
  }
  return issues;
}

/** Field issues for derived figures that would fall below zero (e.g. more recaptured than escaped). */
export function derivedIssues(defs: CounterDef[], figures: Record<string, number>, path = 'body.counters'): FieldIssue[] {
  const label = (key: string) => defs.find((d) => d.key === key)?.label ?? key;
  const issues: FieldIssue[] = [];
  for (const def of defs) {
    if (!def.derived) continue;
    const { from, subtract } = def.derived;
    const taken = subtract.reduce((sum, key) => sum + (figures[key] ?? 0), 0);
    const base = figures[from] ?? 0;
    if (taken > base) {
      const first = subtract[0] ?? from;
      issues.push(
        field(
          `${path}.${first}`,
          `${subtract.map(label).join(' + ')} (${taken}) melebihi ${label(from)} (${base}); ${def.label} tidak boleh kurang dari nol.`,
          'derived_below_zero',
        ),
      );
    }
  }
  return issues;
}

/** The stored figures with the changes applied, refused (422) when a key is unknown or a derived figure turns negative. */
export function mergeCounters(defs: CounterDef[], stored: Record<string, number>, changes: Record<string, number>): Record<string, number> {
  const keyIssues = counterKeyIssues(defs, changes);
  if (keyIssues.length > 0) throw reportInvalid(keyIssues);
  const merged = { ...stored, ...changes };
  const negative = derivedIssues(defs, merged);
  if (negative.length > 0) throw reportInvalid(negative);
  return merged;
}

/** "Kabur 3, Tertangkap kembali 1, Masih buron 2" for the timeline. */
export function describeCounters(defs: CounterDef[], figures: Record<string, number>): string {
  return defs.map((d) => `${d.label} ${figures[d.key] ?? 0}`).join(', ');
}
