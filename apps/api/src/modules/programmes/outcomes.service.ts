import type { CreateCertificateBody, InmateSummary, InmateSummaryQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import { wallClock } from '../../platform/wall-clock.js';
import { certificates } from './programmes.table.js';
import * as q from './outcomes.queries.js';
import * as errors from './outcomes.errors.js';
import { namesForbidden } from './inmates.errors.js';
import { roundHours, toCertificate, toSummaryProgramme } from './outcomes.mappers.js';

export type OutcomesDeps = { db: Db; audit: Audit; clock: () => Date };

/** Where a name was read; the audit event says which view showed it. */
export type NameRead = 'summary' | 'summary.pdf';

export function createOutcomesCore(deps: OutcomesDeps) {
  const { db, audit, clock } = deps;

  async function load(handle: Db, principal: Principal, inmateId: string): Promise<q.InmateRow> {
    const row = await q.findInmate(handle, principal.position.unitPath, inmateId);
    if (!row) throw errors.inmateNotFound();
    return row;
  }

  async function listCertificates(principal: Principal, inmateId: string) {
    await load(db, principal, inmateId);
    const rows = await q.listCertificates(db, inmateId);
    return { items: rows.map(toCertificate), abilities: { record: can(principal, 'programmes:manage') } };
  }

  /** A certificate or skill for an inmate in scope; dated no later than today in the unit, audited. */
  async function recordCertificate(principal: Principal, inmateId: string, body: CreateCertificateBody) {
    if (!can(principal, 'programmes:manage')) throw errors.cannotRecord();
    return db.transaction(async (tx) => {
      const { inmate, unitTimezone } = await load(tx, principal, inmateId);
      const today = wallClock(clock(), unitTimezone).slice(0, 10);
      if (body.issuedOn > today) throw errors.issuedInFuture();
      if (body.issuedOn < '1970-01-01') throw errors.issuedTooEarly();
      let programmeName: string | null = null;
      if (body.programmeId) {
        const programme = await q.findUnitProgramme(tx, inmate.unitId, body.programmeId);
        if (!programme) throw errors.programmeOfOtherUnit();
        programmeName = programme.name;
      }
      const [row] = await tx
        .insert(certificates)
        .values({
          inmateId,
          unitPath: inmate.unitPath,
          programmeId: body.programmeId ?? null,
          title: body.title,
          skill: body.skill ?? null,
          issuer: body.issuer,
          certified: body.certified,
          issuedOn: body.issuedOn,
          createdByUserId: principal.userId,
        })
        .returning();
      if (!row) throw new Error('certificate insert returned nothing');
      await audit.record(tx, auditActor(principal), {
        action: 'programmes.certificate_recorded',
        subjectType: 'inmate',
        subjectId: inmateId,
        unitId: inmate.unitId,
        unitPath: inmate.unitPath,
        summary: { certificateId: row.id, pseudonym: inmate.pseudonym, title: body.title, certified: body.certified },
      });
      return toCertificate({ certificate: row, programmeName });
    });
  }

  /**
   * The inmate's record as the register holds it. The name travels only when `withName` is asked for by a
   * caller with inmates:names, and then the read is audited in the same transaction.
   */
  async function summaryOf(principal: Principal, inmateId: string, withName: NameRead | null): Promise<InmateSummary> {
    return db.transaction(async (tx) => {
      const { inmate, unitName } = await load(tx, principal, inmateId);
      const [records, certs] = await Promise.all([q.programmeRecord(tx, inmateId), q.listCertificates(tx, inmateId)]);
      const readNames = can(principal, 'inmates:names');
      const named = readNames && withName !== null;
      if (named)
        await audit.record(tx, auditActor(principal), {
          action: 'inmates.names_read',
          subjectType: 'inmate',
          subjectId: inmate.id,
          unitId: inmate.unitId,
          unitPath: inmate.unitPath,
          summary: { count: 1, view: withName, pseudonym: inmate.pseudonym },
        });
      const programmes = records.map(toSummaryProgramme);
      const items = certs.map(toCertificate);
      return {
        inmateId: inmate.id,
        pseudonym: inmate.pseudonym,
        name: named ? inmate.name : null,
        registrationNumber: named ? inmate.registrationNumber : null,
        unitId: inmate.unitId,
        unitName,
        category: inmate.category,
        status: inmate.status,
        entryDate: inmate.entryDate,
        programmes,
        totals: {
          programmes: programmes.length,
          hours: roundHours(programmes.reduce((sum, p) => sum + p.hours, 0)),
          sessionsAttended: programmes.reduce((sum, p) => sum + p.sessionsAttended, 0),
          sessionsAbsent: programmes.reduce((sum, p) => sum + p.sessionsAbsent, 0),
          certificates: items.length,
          certified: items.filter((c) => c.certified).length,
        },
        certificates: items,
        abilities: { readNames, recordCertificate: can(principal, 'programmes:manage') },
      };
    });
  }

  /** The per-inmate summary; names only with inmates:names and `names=true` (asked for without it: 403, as in the register). */
  async function summary(principal: Principal, inmateId: string, query: InmateSummaryQuery) {
    if (query.names === 'true' && !can(principal, 'inmates:names')) throw namesForbidden();
    return summaryOf(principal, inmateId, query.names === 'true' ? 'summary' : null);
  }

  return { listCertificates, recordCertificate, summary, summaryOf };
}
export type OutcomesCore = ReturnType<typeof createOutcomesCore>;
