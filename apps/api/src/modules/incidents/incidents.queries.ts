import { and, asc, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { IncidentStatus, ListIncidentsQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { incidentAgencies, incidentEvents, incidentPersons, incidentSopSteps, incidents } from './incidents.table.js';
import { selectSummaries } from './incidents.summary.js';

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentInsert = typeof incidents.$inferInsert;
export type EventRow = typeof incidentEvents.$inferSelect;
export type EventInsert = typeof incidentEvents.$inferInsert;
export type AgencyRow = typeof incidentAgencies.$inferSelect;
export type SopStepRow = typeof incidentSopSteps.$inferSelect;
export type PersonRow = typeof incidentPersons.$inferSelect;

const inScopeOf = (scopePath: string) => withinPath(incidents.unitPath, scopePath);

/** One incident with its board columns, when it lies in the caller's scope. */
export async function findSummary(db: Db, scopePath: string, id: string) {
  const [row] = await selectSummaries(db, and(eq(incidents.id, id), inScopeOf(scopePath)));
  return row ?? null;
}

/** The incident row locked for a write, when it lies in the caller's scope. */
export async function lockIncident(tx: Db, scopePath: string, id: string): Promise<IncidentRow | null> {
  const [row] = await tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.id, id), inScopeOf(scopePath)))
    .for('update');
  return row ?? null;
}

/** The incident row, unlocked, when it lies in the caller's scope. */
export async function findIncident(db: Db, scopePath: string, id: string): Promise<IncidentRow | null> {
  const [row] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.id, id), inScopeOf(scopePath)));
  return row ?? null;
}

export async function findByClientId(db: Db, clientId: string): Promise<IncidentRow | null> {
  const [row] = await db.select().from(incidents).where(eq(incidents.clientId, clientId));
  return row ?? null;
}

export async function findUnit(db: Db, id: string) {
  const [row] = await db
    .select({ id: orgUnits.id, kind: orgUnits.kind, path: orgUnits.path, name: orgUnits.name, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(eq(orgUnits.id, id));
  return row ?? null;
}

// An arbitrary base: numbering a year's incidents takes this lock plus the year, so two reports never share a number.
const NUMBER_LOCK_BASE = 7_202_600_000;

/** The next "KAMTIB-<year>-<6 digits>" of the year, under a per-year lock held until the transaction ends. */
export async function nextNumber(tx: Db, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${NUMBER_LOCK_BASE + year})`);
  const prefix = `KAMTIB-${year}-`;
  const [row] = await tx
    .select({ last: sql<number | null>`max(substring(${incidents.number} from ${prefix.length + 1}::int)::int)` })
    .from(incidents)
    .where(sql`${incidents.number} like ${`${prefix}%`}`);
  const next = Number(row?.last ?? 0) + 1;
  return `${prefix}${String(next).padStart(6, '0')}`;
}

function boardWhere(scopePath: string, f: ListIncidentsQuery): SQL | undefined {
  const status: SQL | undefined =
    f.status === 'open' ? ne(incidents.status, 'ditutup') : f.status ? eq(incidents.status, f.status as IncidentStatus) : undefined;
  const localDay = sql`(${incidents.occurredAt} at time zone ${orgUnits.timezone})::date`;
  return and(
    inScopeOf(scopePath),
    status,
    f.categoryId ? eq(incidents.categoryId, f.categoryId) : undefined,
    f.unitId ? eq(incidents.unitId, f.unitId) : undefined,
    f.serious ? eq(incidents.serious, f.serious === 'true') : undefined,
    f.from ? sql`${localDay} >= ${f.from}::date` : undefined,
    f.to ? sql`${localDay} <= ${f.to}::date` : undefined,
  );
}

/** The board: newest first, filtered, in the caller's scope; dates are the unit's local days. */
export async function listIncidents(db: Db, scopePath: string, f: ListIncidentsQuery) {
  const where = boardWhere(scopePath, f);
  const [items, [total]] = await Promise.all([
    selectSummaries(db, where).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(incidents).innerJoin(orgUnits, eq(orgUnits.id, incidents.unitId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export function listEvents(db: Db, incidentId: string): Promise<EventRow[]> {
  return db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, incidentId)).orderBy(asc(incidentEvents.at), asc(incidentEvents.id));
}

export function listSopSteps(db: Db, incidentId: string): Promise<SopStepRow[]> {
  return db.select().from(incidentSopSteps).where(eq(incidentSopSteps.incidentId, incidentId));
}

export function listAgencies(db: Db, incidentId: string): Promise<AgencyRow[]> {
  return db.select().from(incidentAgencies).where(eq(incidentAgencies.incidentId, incidentId)).orderBy(asc(incidentAgencies.requestedAt), asc(incidentAgencies.id));
}

export function listPersons(db: Db, incidentId: string): Promise<PersonRow[]> {
  return db.select().from(incidentPersons).where(eq(incidentPersons.incidentId, incidentId)).orderBy(asc(incidentPersons.createdAt), asc(incidentPersons.id));
}

export async function findAgency(db: Db, incidentId: string, agencyId: string): Promise<AgencyRow | null> {
  const [row] = await db
    .select()
    .from(incidentAgencies)
    .where(and(eq(incidentAgencies.incidentId, incidentId), eq(incidentAgencies.id, agencyId)));
  return row ?? null;
}

export async function insertEvent(tx: Db, event: EventInsert): Promise<void> {
  await tx.insert(incidentEvents).values(event);
}
