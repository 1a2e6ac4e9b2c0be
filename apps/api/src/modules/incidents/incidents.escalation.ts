import type { Alert, AlertLevel } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { createAudit, type Audit } from '../../platform/audit/audit.js';
import type { Notify } from '../../platform/notify/notify.js';
import { resolveRecipients } from '../notifications/index.js';
import { escalationRulesFor } from './incident-catalogue.queries.js';
import type { incidents } from './incidents.table.js';
import * as q from './incidents.escalation.queries.js';
import { ALERT_ROLES, canAcknowledge, isAlertRecipient } from './incidents.escalation.policy.js';
import {
  delayMinutes,
  levelOrder,
  levelUnits,
  minutesBetween,
  nextLevelUp,
  planFromRules,
} from './incidents.escalation.timing.js';
import {
  acknowledgedSummary,
  alertBody,
  alertTitle,
  escalatedSummary,
  sentSummary,
  type AlertOccasion,
} from './incidents.escalation.messages.js';
import {
  alertAlreadyAcknowledged,
  alertNotFound,
  alertNotSent,
  notAlertRecipient,
} from './incidents.escalation.errors.js';

export type IncidentRow = typeof incidents.$inferSelect;

/**
 * Alerts for an incident, from the escalation rules: planned when it is reported, sent when due,
 * repeated and escalated once when not acknowledged in time. (Interface; implemented with the scheduler.)
 */
export type Escalation = {
  /** Inside the reporting transaction: one alert per level from the rules; those due now are sent at once. */
  planAlerts(tx: Db, incident: IncidentRow, now: Date): Promise<void>;
  /** The scheduler tick: sends alerts that came due, repeats and escalates those not acknowledged in time. */
  runEscalations(now: Date): Promise<{ sent: number; escalated: number }>;
  /** Any recipient of the alert (an active position at the alerted unit) may acknowledge it, once. */
  acknowledge(principal: Principal, incidentId: string, alertId: string): Promise<Alert>;
  /** The incident's alerts as the caller sees them (with whether they may acknowledge). */
  alertsOf(db: Db, principal: Principal, incidentId: string): Promise<Alert[]>;
};

/** The inbox kind of every alert message (a repeat and an escalation included). */
export const ALERT_KIND = 'incident.alert';
const POLICY: AlertOccasion = { kind: 'policy' };

export function toAlert(row: q.AlertRow, unitName: string, principal: Principal, now: Date): Alert {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    level: row.level,
    unitId: row.unitId,
    unitName,
    reason: row.reason,
    dueAt: row.dueAt.toISOString(),
    sentAt: iso(row.sentAt),
    ackDueAt: iso(row.ackDueAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    acknowledgedBy: row.acknowledgedByName,
    delayMinutes: delayMinutes(row, now),
    escalatedAt: iso(row.escalatedAt),
    abilities: { acknowledge: canAcknowledge(principal, row) },
  };
}

/** Runs every item even when one fails (one broken alert must not hold back the others), then reports the first failure. */
async function eachIsolated(ids: string[], run: (id: string) => Promise<void>): Promise<void> {
  const failures: unknown[] = [];
  for (const id of ids) {
    try {
      await run(id);
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, `${failures.length} incident alerts failed`);
}

export function createEscalation(deps: { db: Db; notify: Notify; clock: () => Date; audit?: Audit }): Escalation {
  const { db, notify, clock } = deps;
  const audit = deps.audit ?? createAudit({ clock });

  async function contextOf(tx: Db, incidentId: string): Promise<q.IncidentContext> {
    const ctx = await q.findIncidentContext(tx, incidentId);
    if (!ctx) throw new Error(`incident ${incidentId} of an alert is missing`);
    return ctx;
  }

  /** Writes the message to the alerted unit's recipients (inbox, and the outbox for email/webhook). */
  async function tell(tx: Db, alert: q.AlertRow, ctx: q.IncidentContext, occasion: AlertOccasion, dedupeKey: string) {
    const i = ctx.incident;
    const facts = {
      number: i.number,
      categoryName: ctx.categoryName,
      severityName: ctx.severityName ?? i.severity,
      unitName: ctx.unitName,
      unitTimezone: ctx.unitTimezone,
      location: i.location,
      occurredAt: i.occurredAt,
      counters: i.counters,
      counterDefs: ctx.counterDefs,
    };
    const recipients = await resolveRecipients(tx, { unitIds: [alert.unitId], roles: ALERT_ROLES[alert.level] });
    await notify(tx, {
      kind: ALERT_KIND,
      title: alertTitle(facts, occasion),
      body: alertBody(facts, occasion),
      link: `/insiden/${i.id}`,
      dedupeKey,
      recipients,
    });
  }

  /** Sends an alert not yet sent; false when another runner sent it first or the incident is closed. */
  async function sendAlert(tx: Db, alertId: string, now: Date, occasion: AlertOccasion): Promise<boolean> {
    const alert = await q.claimSending(tx, alertId, now);
    if (!alert) return false;
    await tell(tx, alert, await contextOf(tx, alert.incidentId), occasion, `incident-alert:${alert.id}`);
    await q.insertEvent(tx, {
      incidentId: alert.incidentId,
      kind: 'alert_sent',
      at: now,
      summary: sentSummary(await q.findUnitName(tx, alert.unitId)),
    });
    return true;
  }

  /** The alert of `level` for the incident, created for the escalation when the rules planned none. */
  async function alertAt(tx: Db, from: q.AlertRow, level: AlertLevel, unitId: string, now: Date): Promise<q.AlertRow> {
    const existing = await q.findAlertByLevel(tx, from.incidentId, level);
    if (existing) return existing;
    const [created] = await q.insertAlerts(tx, [
      {
        incidentId: from.incidentId,
        level,
        unitId,
        reason: 'escalation',
        dueAt: now,
        ackWithinMinutes: from.ackWithinMinutes,
      },
    ]);
    const row = created ?? (await q.findAlertByLevel(tx, from.incidentId, level));
    if (!row) throw new Error(`alert ${level} of incident ${from.incidentId} could not be created`);
    return row;
  }

  /** Repeats an overdue alert and alerts the next level up, once; null when another runner took it or it was acknowledged. */
  async function escalate(tx: Db, alertId: string, now: Date): Promise<{ sent: number } | null> {
    const alert = await q.claimEscalation(tx, alertId, now);
    if (!alert) return null;
    const ctx = await contextOf(tx, alert.incidentId);
    await tell(
      tx,
      alert,
      ctx,
      { kind: 'repeat', ackWithinMinutes: alert.ackWithinMinutes },
      `incident-alert:${alert.id}:repeat`,
    );
    const units = levelUnits({ id: ctx.incident.unitId, kanwilId: ctx.kanwilId }, await q.findHqUnitId(tx));
    const level = nextLevelUp(alert.level, units);
    const unitId = level ? units.get(level) : undefined;
    const target = level && unitId ? await alertAt(tx, alert, level, unitId, now) : null;
    const next = target
      ? { unitName: await q.findUnitName(tx, target.unitId), alreadySent: target.sentAt !== null }
      : null;
    await q.insertEvent(tx, {
      incidentId: alert.incidentId,
      kind: 'alert_escalated',
      at: now,
      summary: escalatedSummary(alert.ackWithinMinutes, next),
    });
    if (!target || target.sentAt) return { sent: 0 };
    await q.bringForward(tx, target.id, now);
    const occasion: AlertOccasion = {
      kind: 'escalation',
      fromUnitName: await q.findUnitName(tx, alert.unitId),
      ackWithinMinutes: alert.ackWithinMinutes,
    };
    return { sent: (await sendAlert(tx, target.id, now, occasion)) ? 1 : 0 };
  }

  return {
    async planAlerts(tx, incident, now) {
      const rules = await escalationRulesFor(tx, incident.categoryId, incident.severityRank);
      const units = levelUnits(
        { id: incident.unitId, kanwilId: await q.findKanwilOf(tx, incident.unitId) },
        await q.findHqUnitId(tx),
      );
      const planned = planFromRules(rules, incident.reportedAt, units).sort(
        (a, b) => levelOrder(a.level) - levelOrder(b.level),
      );
      const inserted = await q.insertAlerts(
        tx,
        planned.map((p) => ({ ...p, incidentId: incident.id, reason: 'policy' as const })),
      );
      for (const alert of inserted) {
        if (alert.dueAt <= now) await sendAlert(tx, alert.id, now, POLICY);
      }
    },

    async runEscalations(now) {
      let sent = 0;
      let escalated = 0;
      await eachIsolated(await q.findDueAlertIds(db, now), async (id) => {
        if (await db.transaction((tx) => sendAlert(tx, id, now, POLICY))) sent += 1;
      });
      await eachIsolated(await q.findOverdueAlertIds(db, now), async (id) => {
        const done = await db.transaction((tx) => escalate(tx, id, now));
        if (!done) return;
        escalated += 1;
        sent += done.sent;
      });
      return { sent, escalated };
    },

    async acknowledge(principal, incidentId, alertId) {
      return db.transaction(async (tx) => {
        const found = await q.findAlertInScope(tx, principal.position.unitPath, incidentId, alertId);
        if (!found) throw alertNotFound();
        const { alert } = found;
        if (!isAlertRecipient(principal, alert)) throw notAlertRecipient();
        if (alert.acknowledgedAt) throw alertAlreadyAcknowledged(alert.acknowledgedByName);
        if (!alert.sentAt) throw alertNotSent();
        const now = clock();
        const row = await q.markAcknowledged(tx, alert.id, now, { userId: principal.userId, name: principal.name });
        if (!row) throw alertAlreadyAcknowledged(null);
        const minutes = minutesBetween(alert.sentAt, now);
        await q.insertEvent(tx, {
          incidentId,
          kind: 'alert_acknowledged',
          at: now,
          byUserId: principal.userId,
          byName: principal.name,
          summary: acknowledgedSummary(principal.name, minutes),
        });
        await audit.record(tx, auditActor(principal), {
          action: 'incidents.alert_acknowledged',
          subjectType: 'incident',
          subjectId: incidentId,
          unitId: found.incidentUnitId,
          unitPath: found.incidentUnitPath,
          summary: { alertId: alert.id, level: alert.level, delayMinutes: minutes },
        });
        return toAlert(row, found.unitName, principal, now);
      });
    },

    async alertsOf(handle, principal, incidentId) {
      const now = clock();
      const rows = await q.listAlerts(handle, principal.position.unitPath, incidentId);
      return rows
        .sort((a, b) => levelOrder(a.alert.level) - levelOrder(b.alert.level))
        .map((r) => toAlert(r.alert, r.unitName, principal, now));
    },
  };
}
