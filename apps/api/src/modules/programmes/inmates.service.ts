import type { CreateInmateBody, GetInmateQuery, Inmate, InmateList, ListInmatesQuery, UpdateInmateBody } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { forbidden } from '../../platform/http/errors.js';
import { importClashed, inmateNotFound, invalidField, namesForbidden, registrationTaken } from './inmates.errors.js';
import { createInmatesImport } from './inmates.import.js';
import { toInmate } from './inmates.mappers.js';
import { canManageInmates, canReadNames } from './inmates.policy.js';
import * as q from './inmates.queries.js';
import { checkFacts, localDate, randomPseudonym } from './inmates.rules.js';
import { freshPseudonyms, targetUnit } from './inmates.writes.js';

export type InmatesService = ReturnType<typeof createInmatesService>;
type Deps = { db: Db; audit: Audit; clock: () => Date };

function rejectFacts(facts: Parameters<typeof checkFacts>[0], today: string): void {
  const [issue] = checkFacts(facts, today);
  if (issue) throw invalidField(issue.field, issue.message);
}

export function createInmatesService(deps: Deps) {
  const { db, audit } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;
  const wantsNames = (p: Principal, flag: 'true' | 'false' | undefined): boolean => {
    if (flag !== 'true') return false;
    if (!canReadNames(p)) throw namesForbidden();
    return true;
  };

  /** The register in scope; with names (audited once, with how many) only when allowed and asked for. */
  async function list(principal: Principal, query: ListInmatesQuery): Promise<InmateList> {
    const showName = wantsNames(principal, query.names);
    const abilities = {
      create: can(principal, 'inmates:manage'),
      import: can(principal, 'inmates:manage'),
      readNames: canReadNames(principal),
    };
    const read = async (tx: Db) => {
      const page = await q.listInmates(tx, scopeOf(principal), query, showName);
      const items = page.items.map((r) => toInmate(r, { showName, canEdit: canManageInmates(principal, r.unitPath) }));
      if (showName) {
        const unit = query.unitId ? await q.findUnitInScope(tx, scopeOf(principal), query.unitId) : null;
        await audit.record(tx, auditActor(principal), {
          action: 'inmates.names_read',
          subjectType: 'unit',
          subjectId: unit?.id ?? principal.position.unitId,
          unitId: unit?.id ?? principal.position.unitId,
          unitPath: unit?.path ?? principal.position.unitPath,
          summary: { names: items.length, total: page.total },
        });
      }
      return { items, total: page.total, namesShown: showName, abilities };
    };
    return showName ? db.transaction(read) : read(db);
  }

  /** One inmate in scope; the name as for `list`, the read audited against the inmate. */
  async function get(principal: Principal, id: string, query: GetInmateQuery): Promise<Inmate> {
    const row = await q.findInmateInScope(db, scopeOf(principal), id);
    if (!row) throw inmateNotFound();
    const showName = wantsNames(principal, query.names);
    const dto = toInmate(row, { showName, canEdit: canManageInmates(principal, row.unitPath) });
    if (!showName) return dto;
    await db.transaction(async (tx) => {
      await audit.record(tx, auditActor(principal), {
        action: 'inmates.names_read',
        subjectType: 'inmate',
        subjectId: row.id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { names: 1, pseudonym: row.pseudonym },
      });
    });
    return dto;
  }

  async function loadForWrite(principal: Principal, id: string) {
    const row = await q.findInmateInScope(db, scopeOf(principal), id);
    if (!row) throw inmateNotFound();
    if (!canManageInmates(principal, row.unitPath)) throw forbidden();
    return row;
  }

  /** Registers an inmate in a UPT in scope, with a fresh pseudonym. */
  async function create(principal: Principal, body: CreateInmateBody): Promise<Inmate> {
    const unit = await targetUnit(db, principal, body.unitId);
    rejectFacts(body, localDate(deps.clock(), unit.timezone));
    return db
      .transaction(async (tx) => {
        if (await q.findByRegistration(tx, unit.id, body.registrationNumber)) throw registrationTaken(body.registrationNumber);
        const [pseudonym] = await freshPseudonyms(tx, 1);
        const { unitId: _unitId, ...values } = body;
        const row = await q.insertInmate(tx, { ...values, unitId: unit.id, unitPath: unit.path, pseudonym: pseudonym ?? randomPseudonym() });
        await audit.record(tx, auditActor(principal), {
          action: 'inmates.created',
          subjectType: 'inmate',
          subjectId: row.id,
          unitId: unit.id,
          unitPath: unit.path,
          summary: { pseudonym: row.pseudonym, category: row.category, status: row.status },
        });
        return toInmate({ ...row, unitName: unit.name }, { showName: false, canEdit: true });
      })
      .catch(rethrowClash(body.registrationNumber));
  }

  /** Corrects a record or records its end (bebas/pindah with the exit date; back to aktif clears it). */
  async function update(principal: Principal, id: string, body: UpdateInmateBody): Promise<Inmate> {
    const row = await loadForWrite(principal, id);
    const unit = await targetUnit(db, principal, row.unitId);
    const status = body.status ?? row.status;
    const exitDate = status === 'aktif' ? null : body.exitDate !== undefined ? body.exitDate : row.exitDate;
    const next = { ...body, status, exitDate };
    rejectFacts({ birthYear: next.birthYear ?? row.birthYear, entryDate: next.entryDate ?? row.entryDate, status, exitDate }, localDate(deps.clock(), unit.timezone));
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== undefined && next[k] !== row[k]);
    if (changed.length === 0) return toInmate(row, { showName: false, canEdit: true });
    return db
      .transaction(async (tx) => {
        if (next.registrationNumber && next.registrationNumber !== row.registrationNumber) {
          if (await q.findByRegistration(tx, row.unitId, next.registrationNumber)) throw registrationTaken(next.registrationNumber);
        }
        const saved = await q.updateInmate(tx, row.id, next);
        await audit.record(tx, auditActor(principal), {
          action: 'inmates.updated',
          subjectType: 'inmate',
          subjectId: row.id,
          unitId: row.unitId,
          unitPath: row.unitPath,
          summary: { pseudonym: row.pseudonym, fields: changed, ...(body.status ? { status } : {}) },
        });
        return toInmate({ ...saved, unitName: row.unitName }, { showName: false, canEdit: true });
      })
      .catch(rethrowClash(next.registrationNumber ?? row.registrationNumber));
  }

  const importer = createInmatesImport(deps);
  return { list, get, create, update, importFile: importer.importFile };
}

function rethrowClash(registrationNumber: string) {
  return (err: unknown): never => {
    const clash = uniqueViolation(err);
    if (clash?.includes('inmates_unit_registration')) throw registrationTaken(registrationNumber);
    if (clash) throw importClashed();
    throw err;
  };
}
