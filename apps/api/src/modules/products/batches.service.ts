import type { BatchDetail, BatchList, CreateBatchBody, GetWithNamesQuery, ListBatchesQuery, ProductionOptions } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { forbidden } from '../../platform/http/errors.js';
import { badProducedOn, badWorkers, batchNamesForbidden, batchNotFound, productArchived, productNotFound, unitNotFound, type WorkerIssue } from './batches.errors.js';
import { toBatch, toBatchDetail } from './batches.mappers.js';
import * as q from './batches.queries.js';
import { addDays, localDate } from './local-days.js';

export type BatchesService = ReturnType<typeof createBatchesService>;
type Deps = { db: Db; audit: Audit; clock: () => Date };
type InmateFacts = Awaited<ReturnType<typeof q.findInmates>>[number];

/** Why an inmate cannot be a worker of a batch of `unitId` made on `day`, or null when they can. */
export function workerIssue(inmate: InmateFacts | undefined, unitId: string, day: string): string | null {
  if (!inmate || inmate.unitId !== unitId) return 'bukan warga binaan unit produk ini';
  if (inmate.entryDate > day) return `${inmate.pseudonym} belum masuk pada tanggal produksi`;
  if (inmate.exitDate !== null && inmate.exitDate < day) return `${inmate.pseudonym} sudah keluar sebelum tanggal produksi`;
  return null;
}

export function createBatchesService(deps: Deps) {
  const { db, audit, clock } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  /** Batches in scope with what is left to sell. */
  async function list(principal: Principal, query: ListBatchesQuery): Promise<BatchList> {
    const page = await q.listBatches(db, scopeOf(principal), query);
    return { items: page.items.map(toBatch), total: page.total, abilities: { create: can(principal, 'products:manage') } };
  }

  /** One batch with its workers by pseudonym; names only when allowed and asked for, and the read audited. */
  async function get(principal: Principal, id: string, query: GetWithNamesQuery): Promise<BatchDetail> {
    const row = await q.findBatchInScope(db, scopeOf(principal), id);
    if (!row) throw batchNotFound();
    const showName = query.names === 'true';
    if (showName && !can(principal, 'inmates:names')) throw batchNamesForbidden();
    const workers = await q.listWorkers(db, [row.id]);
    const dto = toBatchDetail(row, workers, showName);
    if (!showName) return dto;
    await db.transaction(async (tx) => {
      await audit.record(tx, auditActor(principal), {
        action: 'batches.names_read',
        subjectType: 'production_batch',
        subjectId: row.id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { names: workers.length },
      });
    });
    return dto;
  }

  async function checkWorkers(body: CreateBatchBody, unitId: string): Promise<void> {
    const found = await q.findInmates(db, body.workers.map((w) => w.inmateId));
    const byId = new Map(found.map((i) => [i.id, i]));
    const issues: WorkerIssue[] = [];
    body.workers.forEach((w, index) => {
      const repeated = body.workers.findIndex((o) => o.inmateId === w.inmateId) < index;
      const message = repeated ? 'warga binaan yang sama disebut lebih dari sekali' : workerIssue(byId.get(w.inmateId), unitId, body.producedOn);
      if (message) issues.push({ index, message });
    });
    if (issues.length > 0) throw badWorkers(issues);
  }

  /** Records a batch of a product in scope and who made it (pieces or hours), for the premi of its sales. */
  async function create(principal: Principal, body: CreateBatchBody): Promise<BatchDetail> {
    const found = await q.findProductInScope(db, scopeOf(principal), body.productId);
    if (!found) throw productNotFound();
    const { product } = found;
    if (!inScope(principal, product.unitPath) || !can(principal, 'products:manage')) throw forbidden();
    if (product.archived) throw productArchived();
    const today = localDate(clock(), found.timezone);
    if (body.producedOn > today) throw badProducedOn('tidak boleh di masa depan');
    const earliest = addDays(localDate(product.createdAt, found.timezone), -365);
    if (body.producedOn < earliest) throw badProducedOn(`paling awal ${earliest} (setahun sebelum produk dicatat)`);
    await checkWorkers(body, product.unitId);
    return db.transaction(async (tx) => {
      const row = await q.insertBatch(
        tx,
        {
          productId: product.id,
          unitId: product.unitId,
          unitPath: product.unitPath,
          producedOn: body.producedOn,
          quantity: body.quantity,
          workBasis: body.workBasis,
          note: body.note ?? null,
          recordedByUserId: principal.userId,
        },
        body.workers,
      );
      await audit.record(tx, auditActor(principal), {
        action: 'batches.recorded',
        subjectType: 'production_batch',
        subjectId: row.id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { product: product.name, producedOn: row.producedOn, quantity: row.quantity, workers: body.workers.length },
      });
      const saved = await q.findBatchInScope(tx, scopeOf(principal), row.id);
      if (!saved) throw new Error('batch vanished after insert');
      return toBatchDetail(saved, await q.listWorkers(tx, [row.id]), false);
    });
  }

  /** What the batch form needs for a unit in scope (the caller's own by default). */
  async function options(principal: Principal, unitId: string | undefined): Promise<ProductionOptions> {
    const unit = await q.findUnitInScope(db, scopeOf(principal), unitId ?? principal.position.unitId);
    if (!unit) throw unitNotFound();
    const today = localDate(clock(), unit.timezone);
    return { unitId: unit.id, unitName: unit.name, today, ...(await q.productionOptions(db, unit.id, today)) };
  }

  return { list, get, create, options };
}
