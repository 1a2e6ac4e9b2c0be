import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { positions } from '../users/index.js';
import { findSopVersion } from './incident-catalogue.queries.js';
import { incidentAgencies, incidentAlerts, incidentEvents, incidents, incidentSopSteps } from './incidents.table.js';
import { selectSummaries, toSummary } from './incidents.summary.js';

/** One incident in the subtree, with every part its report shows; null outside the subtree. */
export async function findIncidentForReport(db: Db, scopePath: string, id: string) {
  const [row] = await selectSummaries(db, and(eq(incidents.id, id), withinPath(incidents.unitPath, scopePath)));
  if (!row) return null;
  const incident = row.incident;
  const [sopVersion, sopSteps, agencies, alerts, events] = await Promise.all([
    incident.sopVersionId ? findSopVersion(db, incident.sopVersionId) : null,
    db.select().from(incidentSopSteps).where(eq(incidentSopSteps.incidentId, id)),
    db
      .select()
      .from(incidentAgencies)
      .where(eq(incidentAgencies.incidentId, id))
      .orderBy(asc(incidentAgencies.requestedAt), asc(incidentAgencies.id)),
    db
      .select({ alert: incidentAlerts, unitName: orgUnits.name })
      .from(incidentAlerts)
      .innerJoin(orgUnits, eq(orgUnits.id, incidentAlerts.unitId))
      .where(eq(incidentAlerts.incidentId, id))
      .orderBy(asc(incidentAlerts.dueAt), asc(incidentAlerts.level)),
    db
      .select()
      .from(incidentEvents)
      .where(eq(incidentEvents.incidentId, id))
      .orderBy(asc(incidentEvents.at), asc(incidentEvents.id)),
  ]);
  const actors = [
    incident.reportedByUserId,
    incident.review?.submittedByUserId,
    ...sopSteps.map((s) => s.doneByUserId),
    ...alerts.map((a) => a.alert.acknowledgedByUserId),
    ...events.map((e) => e.byUserId),
  ].filter((u): u is string => typeof u === 'string');
  return {
    summary: toSummary(row),
    incident,
    sopVersion,
    sopSteps,
    agencies,
    alerts,
    events,
    titles: await positionTitles(db, [...new Set(actors)]),
  };
}
export type IncidentReportData = NonNullable<Awaited<ReturnType<typeof findIncidentForReport>>>;

/**
 * Who did what, as the position they hold (a current one first, then the latest): the report names
 * offices, not people.
 */
export async function positionTitles(db: Db, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: positions.userId, title: positions.title })
    .from(positions)
    .where(inArray(positions.userId, userIds))
    .orderBy(asc(positions.userId), sql`${isNull(positions.endedAt)} desc`, sql`${positions.createdAt} desc`);
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.userId)) out.set(r.userId, r.title);
  return out;
}
