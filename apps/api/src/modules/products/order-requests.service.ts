import type { ListOrderRequestsQuery, OrderRequest, OrderRequestList, TimeZone, UpdateOrderRequestBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import * as q from './order-requests.queries.js';
import { allowedMoves, mayHandle, orderRequestAbilities } from './order-requests.policy.js';
import * as errors from './order-requests.errors.js';

export type OrderRequestsDeps = { db: Db; audit: Audit; clock: () => Date };

function toOrderRequest(v: q.OrderRequestView, principal: Principal): OrderRequest {
  return {
    id: v.id,
    productId: v.productId,
    productName: v.productName,
    unitOfSale: v.unitOfSale,
    unitName: v.unitName,
    unitTimezone: v.unitTimezone as TimeZone,
    buyerName: v.buyerName,
    contact: v.contact,
    quantity: v.quantity,
    message: v.message,
    status: v.status,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
    abilities: orderRequestAbilities(principal, v),
  };
}

/** The cooperative's inbox of order requests from the public catalogue: the only place a buyer's contact shows. */
export function createOrderRequestsService(deps: OrderRequestsDeps) {
  const { db, audit, clock } = deps;

  async function list(principal: Principal, filter: ListOrderRequestsQuery): Promise<OrderRequestList> {
    if (!can(principal, 'cooperative:manage')) throw errors.cannotHandle();
    const { rows, total } = await q.listOrderRequests(db, principal.position.unitPath, filter);
    return { items: rows.map((r) => toOrderRequest(r, principal)), total };
  }

  /** Moves a request along baru → dihubungi → selesai | ditolak; out of scope is 404, a wrong move 409. */
  async function update(principal: Principal, id: string, body: UpdateOrderRequestBody): Promise<OrderRequest> {
    await db.transaction(async (tx) => {
      const row = await q.lockOrderRequest(tx, principal.position.unitPath, id);
      if (!row) throw errors.orderRequestNotFound();
      if (!mayHandle(principal, row)) throw errors.cannotHandle();
      if (!allowedMoves(row.status).includes(body.status)) throw errors.moveNotAllowed(row.status, body.status);
      await q.setStatus(tx, row.id, body.status, principal.userId, clock());
      await audit.record(tx, auditActor(principal), {
        action: 'order_requests.status_changed',
        subjectType: 'order_request',
        subjectId: row.id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { from: row.status, to: body.status, productId: row.productId },
      });
    });
    const view = await q.findOrderRequestView(db, principal.position.unitPath, id);
    if (!view) throw errors.orderRequestNotFound();
    return toOrderRequest(view, principal);
  }

  return { list, update };
}

export type OrderRequestsService = ReturnType<typeof createOrderRequestsService>;
