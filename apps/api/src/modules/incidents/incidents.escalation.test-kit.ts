// Helpers for the escalation tests: incidents written straight into the table, real principals, the inbox per incident.
import assert from 'node:assert/strict';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { uuidv7 } from '../../platform/db/ids.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notifications } from '../../platform/notify/notify.table.js';
import { orgUnits } from '../org-units/index.js';
import { findUserByUsername, insertPosition, insertUser, loadPrincipal, positions, users } from '../users/index.js';
import { findSeverity } from './incident-catalogue.queries.js';
import { incidentCategories } from './incident-catalogue.table.js';
import type { Escalation, IncidentRow } from './incidents.escalation.js';
import { incidentAlerts, incidentEvents, incidents } from './incidents.table.js';

export const LPP_CODE = 'lapas-perempuan-kelas-iia-tangerang';
export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const KANWIL_BANTEN = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';

export function minutesAfter(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

async function unitByCode(db: Db, code: string) {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  assert.ok(unit, `unit ${code} is seeded`);
  return unit;
}

let numbered = 0;

/** An incident at LPP Tangerang reported at `reportedAt`, with its alerts planned in the same transaction (as the service does). */
export async function reportIncident(
  db: Db,
  escalation: Escalation,
  input: { category: string; severity: string; reportedAt: Date; counters?: Record<string, number> },
): Promise<IncidentRow> {
  const unit = await unitByCode(db, LPP_CODE);
  const [category] = await db.select().from(incidentCategories).where(eq(incidentCategories.code, input.category));
  assert.ok(category, `category ${input.category} is seeded`);
  const severity = await findSeverity(db, input.severity);
  assert.ok(severity, `severity ${input.severity} is seeded`);
  const reporter = await findUserByUsername(db, 'operator.lpp.tangerang');
  assert.ok(reporter);
  numbered += 1;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidents)
      .values({
        clientId: uuidv7(),
        number: `KAMTIB-2026-${String(900_000 + numbered)}`,
        unitId: unit.id,
        unitPath: unit.path,
        categoryId: category.id,
        severity: severity.code,
        severityRank: severity.rank,
        serious: category.serious,
        occurredAt: minutesAfter(input.reportedAt, -5),
        reportedAt: input.reportedAt,
        location: 'Blok C',
        description: 'Kejadian untuk pengujian peringatan berjenjang.',
        counters: input.counters ?? {},
        involved: { inmates: 2, officers: 0, others: 0, injured: 0, dead: 0 },
        reportedByUserId: reporter.id,
        reportedByName: reporter.name,
        lastUpdateAt: input.reportedAt,
      })
      .returning();
    assert.ok(row);
    await escalation.planAlerts(tx, row, input.reportedAt);
    return row;
  });
}

/** The principal of a demo account acting in its first position. */
export async function principalOf(db: Db, username: string): Promise<Principal> {
  const user = await findUserByUsername(db, username);
  assert.ok(user, `${username} is seeded`);
  const [position] = await db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.userId, user.id), isNull(positions.endedAt)))
    .orderBy(asc(positions.createdAt), asc(positions.id));
  assert.ok(position, `${username} holds a position`);
  const loaded = await loadPrincipal(db, user.id, position.id);
  assert.ok(loaded);
  return { ...loaded, via: 'session', sessionId: null, csrfToken: null, requestId: null };
}

/** A security officer with an email address at a unit (the demo accounts have none), for the delivery check. */
export async function addMailedOfficer(db: Db, unitCode: string, username: string): Promise<string> {
  const unit = await unitByCode(db, unitCode);
  const user = await insertUser(db, {
    username,
    name: `Petugas ${username}`,
    passwordHash: 'not-used',
    email: `${username}@example.test`,
  });
  await insertPosition(db, { userId: user.id, title: 'Perwira piket', role: 'security_officer', unitId: unit.id });
  return `${username}@example.test`;
}

export async function alertsByLevel(db: Db, incidentId: string) {
  const rows = await db.select().from(incidentAlerts).where(eq(incidentAlerts.incidentId, incidentId));
  return new Map(rows.map((r) => [r.level, r]));
}

/** Inbox rows about the incident as "username level" or "username level:repeat", sorted. */
export async function inboxAbout(db: Db, incidentId: string): Promise<string[]> {
  const levels = new Map([...(await alertsByLevel(db, incidentId)).values()].map((a) => [a.id, a.level]));
  const rows = await db
    .select({ username: users.username, dedupeKey: notifications.dedupeKey, kind: notifications.kind })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(eq(notifications.link, `/insiden/${incidentId}`));
  return rows
    .map((r) => {
      assert.equal(r.kind, 'incident.alert');
      const [, alertId = '', repeat] = r.dedupeKey.split(':');
      return `${r.username} ${levels.get(alertId) ?? '?'}${repeat ? `:${repeat}` : ''}`;
    })
    .sort();
}

export async function eventsOf(db: Db, incidentId: string) {
  return db
    .select()
    .from(incidentEvents)
    .where(eq(incidentEvents.incidentId, incidentId))
    .orderBy(asc(incidentEvents.at), asc(incidentEvents.id));
}
