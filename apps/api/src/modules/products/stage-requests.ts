import type {
  CreateStageRequestBody,
  ListStageRequestsQuery,
  ReturnStageRequestBody,
  StageRequest,
  StageRequestPage,
} from '@selaras/contracts';
import { PRODUCT_STAGE_LABELS, nextStage } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import { resolveRecipients } from '../notifications/index.js';
import * as q from './stage-requests.queries.js';
import { findUnit, lockProduct, updateProduct, type ProductRow } from './products.queries.js';
import type { ProductsDeps, ProductsService } from './products.service.js';
import { toStageRequest } from './products.mappers.js';
import { mayApprove } from './products.policy.js';
import { evaluate } from './readiness.facts.js';
import { allMet, localToday } from './readiness.js';
import * as errors from './products.errors.js';

export const STAGE_REQUEST_KIND = 'product.stage_request';

/** Asking, approving and returning a product's move to its next stage. */
export function createStageRequests(deps: ProductsDeps, products: Pick<ProductsService, 'withProduct'>) {
  const { db, audit, clock, notify } = deps;

  async function view(principal: Principal, id: string): Promise<StageRequest> {
    const found = await q.findRequestView(db, principal.position.unitPath, id);
    if (!found) throw errors.stageRequestNotFound();
    return toStageRequest(found, principal);
  }

  /** Tells the Kanwil above the unit (its verifiers and leaders) that a product waits for approval. */
  async function tellApprovers(tx: Db, product: ProductRow, request: q.StageRequestRow) {
    const unit = await findUnit(tx, product.unitId);
    const above = unit?.kanwilId ?? unit?.parentId;
    if (!unit || !above) return;
    await notify(tx, {
      kind: STAGE_REQUEST_KIND,
      title: `Pengajuan naik tahap: ${product.name}`,
      body: `${unit.name} mengajukan "${product.name}" naik dari ${PRODUCT_STAGE_LABELS[request.fromStage]} ke ${PRODUCT_STAGE_LABELS[request.toStage]}.`,
      link: '/produk/persetujuan',
      dedupeKey: `product-stage-request:${request.id}`,
      recipients: await resolveRecipients(tx, { unitIds: [above], roles: ['verifier', 'leader'] }),
    });
  }

  /** Tells those who manage the unit's products how their request was decided. */
  async function tellUnit(
    tx: Db,
    product: ProductRow,
    request: q.StageRequestRow,
    approved: boolean,
    reason: string | null,
  ) {
    const verdict = approved
      ? `disetujui: produk kini di tahap ${PRODUCT_STAGE_LABELS[request.toStage]}`
      : `dikembalikan: ${reason ?? ''}`;
    await notify(tx, {
      kind: STAGE_REQUEST_KIND,
      title: `Pengajuan ${product.name} ${approved ? 'disetujui' : 'dikembalikan'}`,
      body: `Pengajuan naik tahap "${product.name}" ke ${PRODUCT_STAGE_LABELS[request.toStage]} ${verdict}.`,
      link: `/produk/${product.id}`,
      dedupeKey: `product-stage-decision:${request.id}`,
      recipients: await resolveRecipients(tx, { unitIds: [product.unitId], permission: 'products:manage' }),
    });
  }

  /** The unit asks for the next stage; refused while the checklist is open or another request waits. */
  async function requestAdvance(
    principal: Principal,
    productId: string,
    body: CreateStageRequestBody,
  ): Promise<StageRequest> {
    const id = await products.withProduct(principal, productId, async (tx, product, today) => {
      if (product.archived) throw errors.productArchived();
      const next = nextStage(product.stage);
      if (body.toStage !== next) throw errors.notNextStage(next ? PRODUCT_STAGE_LABELS[next] : null);
      if (await q.hasOpenRequest(tx, product.id)) throw errors.requestAlreadyOpen();
      const { items } = await evaluate(tx, product, today, next);
      if (!allMet(items)) throw errors.checklistUnmet(items);
      const now = clock();
      const row = await q.insertRequest(tx, {
        productId: product.id,
        unitPath: product.unitPath,
        fromStage: product.stage,
        toStage: next,
        status: 'diajukan',
        checklist: items,
        note: body.note ?? null,
        requestedByUserId: principal.userId,
        requestedAt: now,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'products.stage_requested',
        subjectType: 'product',
        subjectId: product.id,
        unitId: product.unitId,
        unitPath: product.unitPath,
        summary: { requestId: row.id, fromStage: row.fromStage, toStage: row.toStage },
      });
      await tellApprovers(tx, product, row);
      return row.id;
    });
    return view(principal, id);
  }

  /** Locks a waiting request and its product for a decision by a unit above the product's unit. */
  async function deciding<T>(
    principal: Principal,
    id: string,
    work: (tx: Db, r: q.StageRequestRow, p: ProductRow, today: string) => Promise<T>,
  ): Promise<T> {
    return db.transaction(async (tx) => {
      const request = await q.lockRequest(tx, principal.position.unitPath, id);
      if (!request || !can(principal, 'products:read')) throw errors.stageRequestNotFound();
      if (!mayApprove(principal, request.unitPath)) throw errors.cannotApprove();
      if (request.status !== 'diajukan') throw errors.requestDecided();
      const product = await lockProduct(tx, principal.position.unitPath, request.productId);
      if (!product) throw errors.stageRequestNotFound();
      const unit = await findUnit(tx, product.unitId);
      return work(tx, request, product, localToday(clock(), unit?.timezone ?? 'Asia/Jakarta'));
    });
  }

  /** Approves: the checklist is evaluated again now, and the product moves to the requested stage. */
  async function approve(principal: Principal, id: string): Promise<StageRequest> {
    await deciding(principal, id, async (tx, request, product, today) => {
      if (product.stage !== request.fromStage) throw errors.stageChanged();
      const { items } = await evaluate(tx, product, today, request.toStage);
      if (!allMet(items)) throw errors.checklistUnmet(items);
      const now = clock();
      await q.decideRequest(tx, request.id, {
        status: 'disetujui',
        decidedByUserId: principal.userId,
        decidedAt: now,
        reason: null,
        checklist: items,
      });
      await updateProduct(tx, product.id, { stage: request.toStage, stageChangedAt: now });
      await audit.record(tx, auditActor(principal), {
        action: 'products.stage_approved',
        subjectType: 'product',
        subjectId: product.id,
        unitId: product.unitId,
        unitPath: product.unitPath,
        summary: { requestId: request.id, fromStage: request.fromStage, toStage: request.toStage },
      });
      await tellUnit(tx, product, request, true, null);
    });
    return view(principal, id);
  }

  /** Returns the request to the unit with the reasons; the product stays where it is. */
  async function returnRequest(principal: Principal, id: string, body: ReturnStageRequestBody): Promise<StageRequest> {
    await deciding(principal, id, async (tx, request, product) => {
      await q.decideRequest(tx, request.id, {
        status: 'dikembalikan',
        decidedByUserId: principal.userId,
        decidedAt: clock(),
        reason: body.reason,
        checklist: request.checklist,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'products.stage_returned',
        subjectType: 'product',
        subjectId: product.id,
        unitId: product.unitId,
        unitPath: product.unitPath,
        summary: { requestId: request.id, toStage: request.toStage, reason: body.reason },
      });
      await tellUnit(tx, product, request, false, body.reason);
    });
    return view(principal, id);
  }

  async function listRequests(principal: Principal, filter: ListStageRequestsQuery): Promise<StageRequestPage> {
    const { rows, total } = await q.listRequests(db, principal.position.unitPath, filter);
    return { items: rows.map((r) => toStageRequest(r, principal)), total };
  }

  return { requestAdvance, approve, returnRequest, listRequests, getRequest: view };
}

export type StageRequestsService = ReturnType<typeof createStageRequests>;
