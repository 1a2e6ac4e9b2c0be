import { premiCredits, splitProceeds, type CreateSaleBody } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { invalid } from '../../platform/http/errors.js';
import { groupBy } from '../../platform/collections.js';
import { addDays, endOfLocalDay, findBatchesInScope, listWorkers, localDate, lockBatches, type BatchWithStock } from '../products/index.js';
import { badSoldOn, batchNotFound, clientIdTaken, mixedUnits, noRule, outOfStock, unitNotFound } from './sales.errors.js';
import * as q from './sales.queries.js';
import { ruleInForceBefore } from './split-rules.queries.js';

type Deps = { db: Db; audit: Audit; clock: () => Date };

/** The batches a sale draws on, all in scope and of one unit, with that unit's zone. */
async function checkBatches(db: Db, principal: Principal, body: CreateSaleBody) {
  const ids = [...new Set(body.items.map((i) => i.batchId))];
  const batches = await findBatchesInScope(db, principal.position.unitPath, ids);
  const [first] = batches;
  if (!first || batches.length !== ids.length) throw batchNotFound();
  if (batches.some((b) => b.unitId !== first.unitId)) throw mixedUnits();
  const unit = await q.findUnitInScope(db, principal.position.unitPath, first.unitId);
  if (!unit) throw unitNotFound();
  return { ids, batches, unit };
}

function checkSoldOn(soldOn: string, today: string, batches: BatchWithStock[]): void {
  if (soldOn > today) throw badSoldOn('tidak boleh di masa depan');
  if (soldOn < addDays(today, -90)) throw badSoldOn('paling lama 90 hari yang lalu');
  const early = batches.find((b) => b.producedOn > soldOn);
  if (early) throw badSoldOn(`${early.productName} baru diproduksi ${early.producedOn}`);
}

/** Refuses a sale that takes more than is left of any batch (read after the batch rows are locked). */
function checkStock(body: CreateSaleBody, fresh: BatchWithStock[]): void {
  for (const batch of fresh) {
    const wanted = body.items.filter((i) => i.batchId === batch.id).reduce((sum, i) => sum + i.quantity, 0);
    const remaining = batch.quantity - batch.sold;
    if (wanted > remaining) throw outOfStock(batch.productName, remaining);
  }
}

/** Recording a sale: stock locked and checked, proceeds split, premi credited to the makers, in one transaction. */
export function createSaleRecording(deps: Deps) {
  const { db, audit, clock } = deps;

  /** The sale already made from this form, when there is one (only its recorder may replay it). */
  async function existing(principal: Principal, clientId: string): Promise<string | null> {
    const row = await q.findByClientId(db, clientId);
    if (!row) return null;
    if (row.recordedByUserId !== principal.userId) throw clientIdTaken();
    return row.id;
  }

  async function write(principal: Principal, body: CreateSaleBody, ids: string[], unit: NonNullable<Awaited<ReturnType<typeof q.findUnitInScope>>>) {
    const rule = await ruleInForceBefore(db, endOfLocalDay(body.soldOn, unit.timezone));
    if (!rule) throw noRule();
    return db.transaction(async (tx) => {
      await lockBatches(tx, ids);
      const fresh = await findBatchesInScope(tx, principal.position.unitPath, ids);
      checkStock(body, fresh);
      const byId = new Map(fresh.map((b) => [b.id, b]));
      const items = body.items.map((i) => ({ ...i, productId: byId.get(i.batchId)?.productId ?? '', amountRupiah: i.quantity * i.unitPriceRupiah }));
      const total = items.reduce((sum, i) => sum + i.amountRupiah, 0);
      if (!Number.isSafeInteger(total)) throw invalid('sales.total_too_large', 'Total penjualan terlalu besar.');
      const split = splitProceeds(total, rule);
      const workers = groupBy(await listWorkers(tx, ids), (w) => w.batchId);
      const credits = premiCredits(
        split.premiRupiah,
        items.map((i) => ({ amountRupiah: i.amountRupiah, workers: workers.get(i.batchId) ?? [] })),
      );
      const sale = await q.insertSale(tx, {
        unitId: unit.id,
        unitPath: unit.path,
        soldOn: body.soldOn,
        channel: body.channel,
        buyer: body.buyer || null,
        totalRupiah: total,
        splitRuleId: rule.id,
        ...split,
        clientId: body.clientId,
        note: body.note || null,
        recordedByUserId: principal.userId,
      });
      await q.insertItems(tx, items.map((i) => ({ saleId: sale.id, productId: i.productId, batchId: i.batchId, quantity: i.quantity, unitPriceRupiah: i.unitPriceRupiah, amountRupiah: i.amountRupiah })));
      await q.insertLedger(
        tx,
        credits.map((c) => ({ inmateId: c.inmateId, unitPath: unit.path, kind: 'penjualan' as const, amountRupiah: c.rupiah, saleId: sale.id, batchId: items[c.itemIndex]?.batchId ?? null, occurredOn: body.soldOn })),
      );
      await audit.record(tx, auditActor(principal), {
        action: 'sales.recorded',
        subjectType: 'sale',
        subjectId: sale.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { soldOn: body.soldOn, channel: body.channel, total, ...split, rule: rule.id, inmates: new Set(credits.map((c) => c.inmateId)).size },
      });
      return sale.id;
    });
  }

  /** Returns the sale's id and whether this call recorded it (a repeated clientId returns the first). */
  async function record(principal: Principal, body: CreateSaleBody): Promise<{ id: string; created: boolean }> {
    const found = await existing(principal, body.clientId);
    if (found) return { id: found, created: false };
    const { ids, batches, unit } = await checkBatches(db, principal, body);
    checkSoldOn(body.soldOn, localDate(clock(), unit.timezone), batches);
    try {
      return { id: await write(principal, body, ids, unit), created: true };
    } catch (err) {
      if (uniqueViolation(err)?.includes('client_id')) {
        const raced = await existing(principal, body.clientId);
        if (raced) return { id: raced, created: false };
      }
      throw err;
    }
  }

  return { record };
}
