import type { CounterDef, FieldIssue, SaveEscalationRuleBody } from '@selaras/contracts';

function issue(path: string, message: string, code: string, params?: FieldIssue['params']): FieldIssue {
  return { path, message, code, ...(params ? { params } : {}) };
}

/**
 * Problems with a category's counters: keys must be unique, and a derived counter may only be computed
 * from typed (non-derived) counters of the same category.
 */
export function counterIssues(counters: readonly CounterDef[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const typed = new Set(counters.filter((c) => !c.derived).map((c) => c.key));
  const seen = new Set<string>();
  counters.forEach((counter, i) => {
    if (seen.has(counter.key)) {
      issues.push(
        issue(
          `body.counters.${i}.key`,
          `Kunci penghitung "${counter.key}" dipakai lebih dari sekali`,
          'incidents.counter_key_duplicate',
          { key: counter.key },
        ),
      );
    }
    seen.add(counter.key);
    if (!counter.derived) return;
    if (!typed.has(counter.derived.from)) {
      issues.push(
        issue(
          `body.counters.${i}.derived.from`,
          `"${counter.derived.from}" bukan penghitung isian pada kategori ini`,
          'incidents.counter_unknown',
          { key: counter.derived.from },
        ),
      );
    }
    for (const key of counter.derived.subtract) {
      if (typed.has(key)) continue;
      issues.push(
        issue(
          `body.counters.${i}.derived.subtract`,
          `"${key}" bukan penghitung isian pada kategori ini`,
          'incidents.counter_unknown',
          { key },
        ),
      );
    }
  });
  return issues;
}

/**
 * Problems with a whole escalation rule set: the unit's own leadership must be alerted for every
 * category from the lowest severity, no two rules may overlap exactly, and every category must exist.
 */
export function ruleSetIssues(
  rules: readonly SaveEscalationRuleBody[],
  knownCategoryIds: ReadonlySet<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const hasBase = rules.some((r) => r.level === 'unit' && r.categoryId === null && r.minSeverityRank === 1);
  if (!hasBase) {
    issues.push(
      issue(
        'body',
        'Harus ada aturan tingkat unit untuk semua kategori mulai keparahan peringkat 1',
        'incidents.rules_base_missing',
      ),
    );
  }
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const key = `${rule.categoryId ?? '*'}|${rule.level}|${rule.minSeverityRank}`;
    if (seen.has(key)) {
      issues.push(
        issue(
          `body.${i}`,
          'Aturan dengan kategori, tingkat dan keparahan minimum yang sama sudah ada',
          'incidents.rule_duplicate',
        ),
      );
    }
    seen.add(key);
    if (rule.categoryId !== null && !knownCategoryIds.has(rule.categoryId)) {
      issues.push(issue(`body.${i}.categoryId`, 'Kategori tidak dikenal', 'incidents.rule_category_unknown'));
    }
  });
  return issues;
}

/** How far in the past a new SOP version may start: a little for clock drift, never enough to rewrite a pinned checklist. */
export const SOP_PAST_TOLERANCE_MS = 5 * 60_000;

/** True when a SOP version starting at `activeFrom` would apply to incidents already reported before `now`. */
export function sopStartsTooEarly(activeFrom: Date, now: Date): boolean {
  return activeFrom.getTime() < now.getTime() - SOP_PAST_TOLERANCE_MS;
}
