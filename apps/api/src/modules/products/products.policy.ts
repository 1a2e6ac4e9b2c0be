import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** What the rules need to know about a product. */
export type ProductRef = { unitPath: string; archived: boolean };

/** Leaders, programme and cooperative officers of the unit or above it manage its products. */
export function mayManage(principal: Principal, p: Pick<ProductRef, 'unitPath'>): boolean {
  return can(principal, 'products:manage') && inScope(principal, p.unitPath);
}

export function canEdit(principal: Principal, p: ProductRef): boolean {
  return mayManage(principal, p) && !p.archived;
}

/** Approval belongs to a unit strictly above the product's unit: a unit never approves its own request. */
export function mayApprove(principal: Principal, unitPath: string): boolean {
  return can(principal, 'products:approve') && inScope(principal, unitPath) && principal.position.unitPath !== unitPath;
}

export function productAbilities(
  principal: Principal,
  p: ProductRef,
  s: { hasNext: boolean; checklistMet: boolean; openRequest: boolean },
) {
  const edit = canEdit(principal, p);
  return {
    edit,
    requestAdvance: edit && s.hasNext && s.checklistMet && !s.openRequest,
    approve: s.openRequest && mayApprove(principal, p.unitPath),
  };
}
