import { and, asc, eq, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AlertLevel } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { incidentCategories, incidentSeverities } from './incident-catalogue.table.js';
import { incidentAlerts, incidentEvents, incidents } from './incidents.table.js';

export type AlertRow = typeof incidentAlerts.$inferSelect;
export type NewAlert = typeof incidentAlerts.$inferInsert;
export type NewEvent = typeof incidentEvents.$inferInsert;

/** The alert's incident is still open: a closed incident sends and escalates nothing more. */
const incidentOpen: SQL = sql`exists (select 1 from ${incidents} where ${incidents.id} = ${incidentAlerts.incidentId} and ${incidents.status} <> 'ditutup')`;

/** What an alert message tells about its incident: the unit, its Kanwil, category, severity and figures. */
export async function findIncidentContext(db: Db, incidentId: string) {
  const [row] = await db
    .select({
      incident: incidents,
      unitName: orgUnits.name,
      unitTimezone: orgUnits.timezone,
      kanwilId: orgUnits.kanwilId,
      categoryName: incidentCategories.name,
      counterDefs: incidentCategories.counters,
      severityName: incidentSeverities.name,
    })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.unitId))
    .innerJoin(incidentCategories, eq(incidentCategories.id, incidents.categoryId))
    .leftJoin(incidentSeverities, eq(incidentSeverities.code, incidents.severity))
    .where(eq(incidents.id, incidentId));
  return row ?? null;
}
export type IncidentContext = NonNullable<Awaited<ReturnType<typeof findIncidentContext>>>;

/** The Ditjenpas headquarters unit, whose duty officers receive HQ-level alerts. */
export async function findHqUnitId(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(eq(orgUnits.kind, 'hq'))
    .orderBy(asc(orgUnits.path))
    .limit(1);
  return row?.id ?? null;
}

/** The unit's Kanwil (null for a Kanwil office or HQ itself). */
export async function findKanwilOf(db: Db, unitId: string): Promise<string | null> {
  const [row] = await db.select({ kanwilId: orgUnits.kanwilId }).from(orgUnits).where(eq(orgUnits.id, unitId));
  return row?.kanwilId ?? null;
}

export async function findUnitName(db: Db, unitId: string): Promise<string> {
  const [row] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitId));
  return row?.name ?? '';
}

/** Inserts planned alerts; a level the incident already has keeps its alert. Returns the rows inserted. */
export async function insertAlerts(tx: Db, rows: NewAlert[]): Promise<AlertRow[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(incidentAlerts)
    .values(rows)
    .onConflictDoNothing({ target: [incidentAlerts.incidentId, incidentAlerts.level] })
    .returning();
}

export async function findAlertByLevel(db: Db, incidentId: string, level: AlertLevel): Promise<AlertRow | null> {
  const [row] = await db
    .select()
    .from(incidentAlerts)
    .where(and(eq(incidentAlerts.incidentId, incidentId), eq(incidentAlerts.level, level)));
  return row ?? null;
}

/** Alerts of open incidents that came due and were not sent. */
export async function findDueAlertIds(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: incidentAlerts.id })
    .from(incidentAlerts)
    .where(and(isNull(incidentAlerts.sentAt), lte(incidentAlerts.dueAt, now), incidentOpen))
    .orderBy(asc(incidentAlerts.dueAt), asc(incidentAlerts.id));
  return rows.map((r) => r.id);
}

/** Sent alerts of open incidents past their acknowledgement deadline, neither acknowledged nor escalated. */
export async function findOverdueAlertIds(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: incidentAlerts.id })
    .from(incidentAlerts)
    .where(
      and(
        lt(incidentAlerts.ackDueAt, now),
        isNull(incidentAlerts.acknowledgedAt),
        isNull(incidentAlerts.escalatedAt),
        incidentOpen,
      ),
    )
    .orderBy(asc(incidentAlerts.ackDueAt), asc(incidentAlerts.id));
  return rows.map((r) => r.id);
}

/** Marks an unsent alert of an open incident sent; null when another runner sent it first (or it is closed). */
export async function claimSending(tx: Db, alertId: string, now: Date): Promise<AlertRow | null> {
  const [row] = await tx
    .update(incidentAlerts)
    .set({
      sentAt: now,
      ackDueAt: sql`${now.toISOString()}::timestamptz + make_interval(mins => ${incidentAlerts.ackWithinMinutes})`,
    })
    .where(and(eq(incidentAlerts.id, alertId), isNull(incidentAlerts.sentAt), incidentOpen))
    .returning();
  return row ?? null;
}

/** Takes the escalation of an overdue alert for this runner; null when it was acknowledged or escalated meanwhile. */
export async function claimEscalation(tx: Db, alertId: string, now: Date): Promise<AlertRow | null> {
  const [row] = await tx
    .update(incidentAlerts)
    .set({ escalatedAt: now })
    .where(
      and(
        eq(incidentAlerts.id, alertId),
        isNotNull(incidentAlerts.sentAt),
        lt(incidentAlerts.ackDueAt, now),
        isNull(incidentAlerts.acknowledgedAt),
        isNull(incidentAlerts.escalatedAt),
        incidentOpen,
      ),
    )
    .returning();
  return row ?? null;
}

/** A planned alert of the level above is brought forward to now because the level below did not acknowledge. */
export async function bringForward(tx: Db, alertId: string, now: Date): Promise<void> {
  await tx
    .update(incidentAlerts)
    .set({ dueAt: now, reason: 'escalation' })
    .where(and(eq(incidentAlerts.id, alertId), isNull(incidentAlerts.sentAt)));
}

/** Records the acknowledgement once; null when someone acknowledged it first. */
export async function markAcknowledged(
  tx: Db,
  alertId: string,
  now: Date,
  by: { userId: string; name: string },
): Promise<AlertRow | null> {
  const [row] = await tx
    .update(incidentAlerts)
    .set({ acknowledgedAt: now, acknowledgedByUserId: by.userId, acknowledgedByName: by.name })
    .where(and(eq(incidentAlerts.id, alertId), isNull(incidentAlerts.acknowledgedAt)))
    .returning();
  return row ?? null;
}

export async function insertEvent(tx: Db, event: NewEvent): Promise<void> {
  await tx.insert(incidentEvents).values(event);
}

/** One alert of an incident in the caller's subtree, with its incident's unit; null otherwise. */
export async function findAlertInScope(db: Db, scopePath: string, incidentId: string, alertId: string) {
  const [row] = await db
    .select({
      alert: incidentAlerts,
      unitName: orgUnits.name,
      incidentUnitId: incidents.unitId,
      incidentUnitPath: incidents.unitPath,
    })
    .from(incidentAlerts)
    .innerJoin(incidents, eq(incidents.id, incidentAlerts.incidentId))
    .innerJoin(orgUnits, eq(orgUnits.id, incidentAlerts.unitId))
    .where(
      and(eq(incidentAlerts.id, alertId), eq(incidents.id, incidentId), withinPath(incidents.unitPath, scopePath)),
    );
  return row ?? null;
}

/** The alerts of an incident in the caller's subtree, with the alerted unit's name. */
export async function listAlerts(db: Db, scopePath: string, incidentId: string) {
  return db
    .select({ alert: incidentAlerts, unitName: orgUnits.name })
    .from(incidentAlerts)
    .innerJoin(incidents, eq(incidents.id, incidentAlerts.incidentId))
    .innerJoin(orgUnits, eq(orgUnits.id, incidentAlerts.unitId))
    .where(and(eq(incidentAlerts.incidentId, incidentId), withinPath(incidents.unitPath, scopePath)))
    .orderBy(asc(incidentAlerts.dueAt), asc(incidentAlerts.id));
}
