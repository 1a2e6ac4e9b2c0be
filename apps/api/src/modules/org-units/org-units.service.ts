import { createHash } from 'node:crypto';
import type { ListUnitsQuery, UnitImportResult } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, inScope, type Principal } from '../../platform/auth/principal.js';
import { readSheet, UnreadableFileError } from './org-units.file.js';
import { planUnitImport, type ImportPlan } from './org-units.import.js';
import * as q from './org-units.queries.js';
import { toTree, toUnit, toUnitDetail } from './org-units.mappers.js';
import { importClashed, importRejected, unitNotFound, unreadableFile } from './org-units.errors.js';
import { uniqueViolation } from '../../platform/db/errors.js';

export type OrgUnitsService = ReturnType<typeof createOrgUnitsService>;

export function localDate(at: Date, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

/** Writes a plan: inserts, updates and class history, in the caller's transaction. */
export async function applyImportPlan(tx: Db, plan: ImportPlan, effectiveFrom: string): Promise<void> {
  for (const op of plan.ops) {
    if (op.action === 'create') {
      const unit = await q.insertUnit(tx, op.values);
      if (unit.class) await q.insertClassChange(tx, { unitId: unit.id, class: unit.class, effectiveFrom, note: null });
    } else {
      await q.updateUnit(tx, op.id, op.values);
      if (op.classChanged && op.values.class !== undefined) {
        await q.insertClassChange(tx, { unitId: op.id, class: op.values.class, effectiveFrom, note: 'impor berkas' });
      }
    }
  }
}

export function createOrgUnitsService(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function list(principal: Principal, query: ListUnitsQuery) {
    const page = await q.listUnits(db, scopeOf(principal), query);
    return { items: page.items.map(toUnit), total: page.total };
  }

  async function get(principal: Principal, id: string) {
    const detail = await q.findUnitDetailInScope(db, scopeOf(principal), id);
    if (!detail) throw unitNotFound();
    return toUnitDetail(detail);
  }

  async function tree(principal: Principal) {
    return { roots: toTree(await q.listTreeRows(db, scopeOf(principal))) };
  }

  /** The unit row when it lies in the principal's scope; a 404 otherwise. */
  async function getInScope(principal: Principal, id: string) {
    const unit = await q.findUnitInScope(db, scopeOf(principal), id);
    if (!unit) throw unitNotFound();
    return unit;
  }

  /** Preview or apply a units file; apply is all-or-nothing and a re-run changes nothing. */
  async function importUnits(principal: Principal, file: Buffer, mode: 'preview' | 'apply'): Promise<UnitImportResult> {
    const checksum = createHash('sha256').update(file).digest('hex');
    let rows;
    try {
      rows = await readSheet(file);
    } catch (err) {
      if (err instanceof UnreadableFileError) throw unreadableFile(err.message);
      throw err;
    }
    if (rows.length === 0) throw unreadableFile('Berkas tidak berisi baris data (baris pertama harus judul kolom).');
    const canUse = (kanwil: q.UnitRow) => inScope(principal, kanwil.path);
    if (mode === 'preview') {
      const { ops: _ops, ...plan } = planUnitImport(rows, await q.listAllUnits(db), canUse);
      return { checksum, applied: false, ...plan };
    }
    return db.transaction(async (tx) => {
      const full = planUnitImport(rows, await q.listAllUnits(tx), canUse);
      if (full.errors.length > 0) throw importRejected(full.errors);
      await applyImportPlan(tx, full, localDate(deps.clock()));
      if (full.ops.length > 0) {
        await deps.audit.record(tx, auditActor(principal), {
          action: 'units.imported',
          subjectType: 'unit_import',
          subjectId: checksum,
          unitId: principal.position.unitId,
          unitPath: principal.position.unitPath,
          summary: { ...full.summary, codes: full.changes.filter((c) => c.action !== 'unchanged').map((c) => c.code).slice(0, 200) },
        });
      }
      const { ops: _ops, ...plan } = full;
      return { checksum, applied: true, ...plan };
    }).catch((err: unknown) => {
      if (uniqueViolation(err)) throw importClashed();
      throw err;
    });
  }

  return { list, get, tree, getInScope, importUnits };
}
