import type { OrderRequestStatus } from '@selaras/contracts';
import { can, inScope, type Principal } from '../../platform/auth/principal.js';

/** A request is contacted first, then finished or declined; finished and declined are final. */
const MOVES: Record<OrderRequestStatus, OrderRequestStatus[]> = {
  baru: ['dihubungi', 'ditolak'],
  dihubungi: ['selesai', 'ditolak'],
  selesai: [],
  ditolak: [],
};

export function allowedMoves(from: OrderRequestStatus): OrderRequestStatus[] {
  return MOVES[from];
}

/** Cooperative officers and leaders of the unit or above it handle its order requests. */
export function mayHandle(principal: Principal, r: { unitPath: string }): boolean {
  return can(principal, 'cooperative:manage') && inScope(principal, r.unitPath);
}

export function orderRequestAbilities(principal: Principal, r: { unitPath: string; status: OrderRequestStatus }) {
  return { moveTo: mayHandle(principal, r) ? allowedMoves(r.status) : [] };
}
