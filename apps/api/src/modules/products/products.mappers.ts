import {
  PERMIT_SOON_DAYS,
  nextStage,
  type ChecklistItem,
  type Permit,
  type Product,
  type ProductSummary,
  type StageRequest,
  type TimeZone,
} from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import type { ProductView } from './products.queries.js';
import type { PermitRow } from './permits.queries.js';
import type { StageRequestView } from './stage-requests.queries.js';
import { mayApprove, productAbilities } from './products.policy.js';
import { allMet, daysBetween } from './readiness.js';

export function toPermit(row: PermitRow, today: string): Permit {
  const daysLeft = row.expiresOn === null ? null : daysBetween(today, row.expiresOn);
  const status =
    daysLeft === null || daysLeft > PERMIT_SOON_DAYS ? 'berlaku' : daysLeft < 0 ? 'kedaluwarsa' : 'segera_berakhir';
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    status,
    daysLeft,
  };
}

export function toStageRequest(view: StageRequestView, principal: Principal): StageRequest {
  const r = view.request;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: r.id,
    product: { id: r.productId, name: view.productName },
    unit: { id: view.unitId, name: view.unitName },
    fromStage: r.fromStage,
    toStage: r.toStage,
    status: r.status,
    checklist: r.checklist,
    note: r.note,
    requestedAt: r.requestedAt.toISOString(),
    requestedBy: view.requestedBy,
    decidedAt: iso(r.decidedAt),
    decidedBy: view.decidedBy,
    reason: r.reason,
    abilities: { approve: r.status === 'diajukan' && mayApprove(principal, r.unitPath) },
  };
}

export function toProductSummary(view: ProductView): ProductSummary {
  const p = view.product;
  return {
    id: p.id,
    unit: { id: view.unit.id, name: view.unit.name, timezone: view.unit.timezone as TimeZone },
    name: p.name,
    brand: p.brand,
    category: p.category,
    unitOfSale: p.unitOfSale,
    priceRupiah: p.priceRupiah,
    stage: p.stage,
    coverFileId: p.photoFileIds[0] ?? null,
    archived: p.archived,
  };
}

export type ProductExtras = {
  today: string;
  checklist: ChecklistItem[];
  permits: PermitRow[];
  openRequest: StageRequestView | null;
  lastDecision: StageRequestView | null;
};

export function toProduct(view: ProductView, x: ProductExtras, principal: Principal): Product {
  const p = view.product;
  const next = nextStage(p.stage);
  return {
    ...toProductSummary(view),
    description: p.description,
    costRupiah: p.costRupiah,
    capacityPerWeek: p.capacityPerWeek,
    inmatesInvolved: p.inmatesInvolved,
    inmatesTrained: p.inmatesTrained,
    packagingReady: p.packagingReady,
    labelReady: p.labelReady,
    salesChannels: p.salesChannels,
    photoFileIds: p.photoFileIds,
    stageChangedAt: p.stageChangedAt.toISOString(),
    nextStage: next,
    checklist: x.checklist,
    permits: x.permits.map((row) => toPermit(row, x.today)),
    openRequest: x.openRequest ? toStageRequest(x.openRequest, principal) : null,
    lastDecision: x.lastDecision ? toStageRequest(x.lastDecision, principal) : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    abilities: productAbilities(principal, p, {
      hasNext: next !== null,
      checklistMet: allMet(x.checklist),
      openRequest: x.openRequest !== null,
    }),
  };
}
