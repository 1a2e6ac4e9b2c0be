import { createHash } from 'node:crypto';
import type { ImportInmatesQuery, InmateImportResult } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { readSheet, UnreadableFileError } from '../org-units/index.js';
import { importClashed, importRejected, unreadableFile } from './inmates.errors.js';
import { planInmateImport, type ImportPlan } from './inmates.import-plan.js';
import * as q from './inmates.queries.js';
import { localDate } from './inmates.rules.js';
import { freshPseudonyms, targetUnit } from './inmates.writes.js';

async function readRows(file: Buffer) {
  try {
    const rows = await readSheet(file);
    if (rows.length === 0) throw unreadableFile('Berkas tidak berisi baris data (baris pertama harus judul kolom).');
    return rows;
  } catch (err) {
    if (err instanceof UnreadableFileError) throw unreadableFile(err.message);
    throw err;
  }
}

async function applyPlan(tx: Db, plan: ImportPlan, unit: q.ScopedUnit): Promise<void> {
  const creates = plan.ops.flatMap((op) => (op.action === 'create' ? [op.values] : []));
  const pseudonyms = await freshPseudonyms(tx, creates.length);
  for (const op of plan.ops) if (op.action === 'update') await q.updateInmate(tx, op.id, op.values);
  await q.insertInmates(
    tx,
    creates.map((values, i) => ({ ...values, unitId: unit.id, unitPath: unit.path, pseudonym: pseudonyms[i] ?? '' })),
  );
}

/** Import of a unit's register from CSV or XLSX. */
export function createInmatesImport(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db } = deps;

  /** Preview lists every change and every bad row; apply writes all or nothing and a re-run changes nothing. */
  async function importFile(principal: Principal, file: Buffer, query: ImportInmatesQuery): Promise<InmateImportResult> {
    const unit = await targetUnit(db, principal, query.unitId);
    const rows = await readRows(file);
    const checksum = createHash('sha256').update(file).digest('hex');
    const today = localDate(deps.clock(), unit.timezone);
    const base = { checksum, unitId: unit.id, unitName: unit.name };
    if (query.mode === 'preview') {
      const { ops: _ops, ...plan } = planInmateImport(rows, await q.listUnitInmates(db, unit.id), today);
      return { ...base, applied: false, ...plan };
    }
    return db
      .transaction(async (tx) => {
        const full = planInmateImport(rows, await q.listUnitInmates(tx, unit.id), today);
        if (full.errors.length > 0) throw importRejected(full.errors);
        await applyPlan(tx, full, unit);
        if (full.ops.length > 0) {
          await deps.audit.record(tx, auditActor(principal), {
            action: 'inmates.imported',
            subjectType: 'inmate_import',
            subjectId: checksum,
            unitId: unit.id,
            unitPath: unit.path,
            summary: { ...full.summary, rows: rows.length },
          });
        }
        const { ops: _ops, ...plan } = full;
        return { ...base, applied: true, ...plan };
      })
      .catch((err: unknown) => {
        if (uniqueViolation(err)) throw importClashed();
        throw err;
      });
  }

  return { importFile };
}
