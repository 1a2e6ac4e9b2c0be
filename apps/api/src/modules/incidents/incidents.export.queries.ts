import { asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { incidentAgencies, incidentAlerts, incidents } from './incidents.table.js';

/** Per incident matching `where`: alerts sent, and of those acknowledged. */
export async function alertCounts(db: Db, where: SQL): Promise<Map<string, { sent: number; acknowledged: number }>> {
  const rows = await db
    .select({
      incidentId: incidentAlerts.incidentId,
      sent: sql<number>`(count(*) filter (where ${isNotNull(incidentAlerts.sentAt)}))::int`,
      acknowledged: sql<number>`(count(*) filter (where ${isNotNull(incidentAlerts.acknowledgedAt)}))::int`,
    })
    .from(incidentAlerts)
    .innerJoin(incidents, eq(incidents.id, incidentAlerts.incidentId))
    .where(where)
    .groupBy(incidentAlerts.incidentId);
  return new Map(rows.map((r) => [r.incidentId, { sent: Number(r.sent), acknowledged: Number(r.acknowledged) }]));
}

/** Per incident matching `where`: the agencies asked to help (institution names only, no contacts). */
export async function agencyNames(db: Db, where: SQL): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ incidentId: incidentAgencies.incidentId, name: incidentAgencies.name })
    .from(incidentAgencies)
    .innerJoin(incidents, eq(incidents.id, incidentAgencies.incidentId))
    .where(where)
    .orderBy(asc(incidentAgencies.requestedAt), asc(incidentAgencies.id));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.incidentId, [...(out.get(r.incidentId) ?? []), r.name]);
  return out;
}
