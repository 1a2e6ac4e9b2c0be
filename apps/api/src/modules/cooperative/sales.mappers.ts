import type { SaleSummary, SplitRule } from '@selaras/contracts';
import type { SaleRow } from './sales.queries.js';
import type { SplitRuleRow } from './split-rules.queries.js';

export function toSplitRule(row: SplitRuleRow): SplitRule {
  return {
    id: row.id,
    pnbpBasisPoints: row.pnbpBasisPoints,
    premiBasisPoints: row.premiBasisPoints,
    capitalBasisPoints: row.capitalBasisPoints,
    effectiveFrom: row.effectiveFrom.toISOString(),
    basis: row.basis,
  };
}

export function toSaleSummary(row: SaleRow & { unitName: string; itemCount: number }): SaleSummary {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    soldOn: row.soldOn,
    channel: row.channel,
    buyer: row.buyer,
    totalRupiah: row.totalRupiah,
    pnbpRupiah: row.pnbpRupiah,
    premiRupiah: row.premiRupiah,
    capitalRupiah: row.capitalRupiah,
    itemCount: row.itemCount,
  };
}
