import type { CreateIncidentBody, FieldIssue, InvolvedCounts } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import { activeSopVersion, findCategory, findSeverity, type CategoryRow, type SeverityRow } from './incident-catalogue.queries.js';
import type { Escalation } from './incidents.escalation.js';
import { incidents } from './incidents.table.js';
import * as q from './incidents.queries.js';
import { counterKeyIssues, derivedIssues } from './incidents.counters.js';
import { withDerivedCounters } from './incidents.summary.js';
import * as errors from './incidents.errors.js';

const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const NO_ONE_INVOLVED: InvolvedCounts = { inmates: 0, officers: 0, others: 0, injured: 0, dead: 0 };

/** The calendar year at `at` in the unit's zone: numbers run per year of reporting. */
function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(at));
}

/** True when `at` lies beyond the few minutes of clock drift a phone may have. */
export function isInFuture(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

type Checked = {
  unit: NonNullable<Awaited<ReturnType<typeof q.findUnit>>>;
  category: CategoryRow;
  severity: SeverityRow;
  occurredAt: Date;
};

/** Every problem of a first report at once, so the form can mark all fields. */
async function check(db: Db, principal: Principal, body: CreateIncidentBody, now: Date): Promise<Checked> {
  const issues: FieldIssue[] = [];
  const unitId = body.unitId ?? principal.position.unitId;
  const unit = await q.findUnit(db, unitId);
  if (!unit || !inScope(principal, unit.path)) {
    issues.push(errors.field('body.unitId', 'Unit tidak ditemukan di wilayah kewenangan Anda.', 'not_found'));
  } else if (unit.kind !== 'upt') {
    issues.push(errors.field('body.unitId', 'Kejadian kamtib dilaporkan untuk UPT; pilih UPT tempat kejadian.', 'not_upt'));
  }
  const category = await findCategory(db, body.categoryId);
  if (!category || !category.active) issues.push(errors.field('body.categoryId', 'Kategori kejadian tidak ditemukan atau tidak aktif.', 'not_found'));
  const severity = await findSeverity(db, body.severity);
  if (!severity || !severity.active) issues.push(errors.field('body.severity', 'Tingkat keparahan tidak dikenal.', 'not_found'));
  const occurredAt = body.occurredAt ? new Date(body.occurredAt) : now;
  if (isInFuture(occurredAt, now)) issues.push(errors.field('body.occurredAt', 'Waktu kejadian tidak boleh di masa depan.', 'future'));
  if (category && body.counters) {
    const keyIssues = counterKeyIssues(category.counters, body.counters);
    issues.push(...(keyIssues.length > 0 ? keyIssues : derivedIssues(category.counters, body.counters)));
  }
  if (issues.length > 0 || !unit || !category || !severity) throw errors.reportInvalid(issues);
  return { unit, category, severity, occurredAt };
}

/** The first report: numbered, pinned to the SOP in force when it occurred, alerts planned, all in one transaction. */
export function createReporting(deps: { db: Db; audit: Audit; clock: () => Date; escalation: Escalation }) {
  const { db, audit, clock, escalation } = deps;

  /** The incident already made from this device report, when there is one (only its reporter may replay it). */
  async function existing(principal: Principal, clientId: string): Promise<string | null> {
    const row = await q.findByClientId(db, clientId);
    if (!row) return null;
    if (row.reportedByUserId !== principal.userId) throw errors.clientIdTaken();
    return row.id;
  }

  /** Returns the incident's id and whether this call created it. */
  async function report(principal: Principal, body: CreateIncidentBody): Promise<{ id: string; created: boolean }> {
    if (!can(principal, 'incidents:report')) throw errors.cannotReport();
    const found = await existing(principal, body.clientId);
    if (found) return { id: found, created: false };
    const now = clock();
    const c = await check(db, principal, body, now);
    const sop = await activeSopVersion(db, c.category.id, c.occurredAt);
    try {
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(incidents)
          .values({
            clientId: body.clientId,
            number: await q.nextNumber(tx, yearIn(now, c.unit.timezone)),
            unitId: c.unit.id,
            unitPath: c.unit.path,
            categoryId: c.category.id,
            severity: c.severity.code,
            severityRank: c.severity.rank,
            serious: c.category.serious,
            sopVersionId: sop?.id ?? null,
            occurredAt: c.occurredAt,
            reportedAt: now,
            location: body.location,
            description: body.description,
            counters: body.counters ?? {},
            involved: NO_ONE_INVOLVED,
            reportedByUserId: principal.userId,
            reportedByName: principal.name,
            lastUpdateAt: now,
          })
          .returning();
        if (!row) throw new Error('incident insert returned nothing');
        await q.insertEvent(tx, {
          incidentId: row.id,
          kind: 'reported',
          at: now,
          byUserId: principal.userId,
          byName: principal.name,
          summary: `Dilaporkan: ${c.category.name} (${c.severity.name})`,
          note: body.description,
          counters: body.counters && Object.keys(body.counters).length > 0 ? withDerivedCounters(c.category.counters, body.counters) : null,
        });
        await audit.record(tx, auditActor(principal), {
          action: 'incidents.reported',
          subjectType: 'incident',
          subjectId: row.id,
          unitId: row.unitId,
          unitPath: row.unitPath,
          summary: { number: row.number, category: c.category.code, severity: c.severity.code, occurredAt: c.occurredAt.toISOString() },
        });
        await escalation.planAlerts(tx, row, now);
        return row.id;
      });
      return { id, created: true };
    } catch (err) {
      // Two sends of the same report racing: the loser returns what the winner created.
      if (uniqueViolation(err)?.includes('client_id')) {
        const raced = await existing(principal, body.clientId);
        if (raced) return { id: raced, created: false };
      }
      throw err;
    }
  }

  return { report };
}
