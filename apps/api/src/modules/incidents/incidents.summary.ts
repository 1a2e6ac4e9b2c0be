import { and, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CounterDef, IncidentSummary, TimeZone } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { orgUnits } from '../org-units/index.js';
import { incidentCategories, incidentSeverities } from './incident-catalogue.table.js';
import { incidentAlerts, incidents } from './incidents.table.js';

const kanwil = alias(orgUnits, 'kanwil');

const unacknowledged = sql<number>`(select count(*)::int from ${incidentAlerts} where ${and(
  eq(incidentAlerts.incidentId, incidents.id),
  isNotNull(incidentAlerts.sentAt),
  isNull(incidentAlerts.acknowledgedAt),
)})`;

const summaryColumns = {
  incident: incidents,
  unitName: orgUnits.name,
  unitTimezone: orgUnits.timezone,
  kanwilName: kanwil.name,
  categoryCode: incidentCategories.code,
  categoryName: incidentCategories.name,
  counterDefs: incidentCategories.counters,
  severityName: incidentSeverities.name,
  unacknowledgedAlerts: unacknowledged,
};

/** Incidents with what a board row shows; `where` must carry the caller's scope. */
export function selectSummaries(db: Db, where: SQL | undefined) {
  return db
    .select(summaryColumns)
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.unitId))
    .leftJoin(kanwil, eq(kanwil.id, orgUnits.kanwilId))
    .innerJoin(incidentCategories, eq(incidentCategories.id, incidents.categoryId))
    .leftJoin(incidentSeverities, eq(incidentSeverities.code, incidents.severity))
    .where(where)
    .orderBy(desc(incidents.occurredAt), desc(incidents.id))
    .$dynamic();
}
export type SummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number];

/** The stored counters plus the derived ones (e.g. still at large = escaped − recaptured), never below 0. */
export function withDerivedCounters(defs: CounterDef[], stored: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const def of defs) {
    if (!def.derived) out[def.key] = stored[def.key] ?? 0;
  }
  for (const def of defs) {
    if (def.derived) {
      const { from, subtract } = def.derived;
      out[def.key] = Math.max(0, subtract.reduce((left, key) => left - (out[key] ?? 0), out[from] ?? 0));
    }
  }
  return out;
}

export function toSummary(row: SummaryRow): IncidentSummary {
  const i = row.incident;
  return {
    id: i.id,
    number: i.number,
    unitId: i.unitId,
    unitName: row.unitName,
    unitTimezone: row.unitTimezone as TimeZone,
    kanwilName: row.kanwilName,
    categoryId: i.categoryId,
    categoryCode: row.categoryCode,
    categoryName: row.categoryName,
    serious: i.serious,
    severity: i.severity,
    severityName: row.severityName ?? i.severity,
    severityRank: i.severityRank,
    status: i.status,
    occurredAt: i.occurredAt.toISOString(),
    reportedAt: i.reportedAt.toISOString(),
    location: i.location,
    counters: withDerivedCounters(row.counterDefs, i.counters),
    counterDefs: row.counterDefs.map((d) => ({ key: d.key, label: d.label, derived: d.derived !== undefined })),
    involved: i.involved,
    unacknowledgedAlerts: Number(row.unacknowledgedAlerts),
    lastUpdateAt: i.lastUpdateAt.toISOString(),
  };
}
