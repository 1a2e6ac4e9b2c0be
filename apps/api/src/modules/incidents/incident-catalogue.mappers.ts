import type { EscalationRule, IncidentCategory, Severity, SopVersion } from '@selaras/contracts';
import type { CategoryRow, EscalationRuleRow, SeverityRow, SopVersionRow } from './incident-catalogue.queries.js';

export function toCategory(row: CategoryRow): IncidentCategory {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    serious: row.serious,
    counters: row.counters,
    active: row.active,
    sortOrder: row.sortOrder,
  };
}

export function toSeverity(row: SeverityRow): Severity {
  return { code: row.code, name: row.name, nameEn: row.nameEn, rank: row.rank, active: row.active };
}

export function toSopVersion(row: SopVersionRow): SopVersion {
  return {
    id: row.id,
    categoryId: row.categoryId,
    version: row.version,
    activeFrom: row.activeFrom.toISOString(),
    steps: row.steps,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toRule(row: EscalationRuleRow): EscalationRule {
  return {
    id: row.id,
    categoryId: row.categoryId,
    minSeverityRank: row.minSeverityRank,
    level: row.level,
    notifyAfterMinutes: row.notifyAfterMinutes,
    ackWithinMinutes: row.ackWithinMinutes,
  };
}
