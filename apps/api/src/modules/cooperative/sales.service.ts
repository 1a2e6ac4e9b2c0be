import type { CreateSaleBody, ListSalesQuery, Sale, SaleList, SaleOptions, SaleOptionsQuery } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { can, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { listSellable, localDate } from '../products/index.js';
import { saleNotFound, unitNotFound } from './sales.errors.js';
import { toSaleSummary, toSplitRule } from './sales.mappers.js';
import * as q from './sales.queries.js';
import { createSaleRecording } from './sales.record.js';
import { listRules, ruleInForceAt } from './split-rules.queries.js';

export type SalesService = ReturnType<typeof createSalesService>;

export function createSalesService(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db, clock } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function list(principal: Principal, query: ListSalesQuery): Promise<SaleList> {
    const page = await q.listSales(db, scopeOf(principal), query);
    return { items: page.items.map(toSaleSummary), total: page.total, abilities: { create: can(principal, 'cooperative:manage') } };
  }

  /** One sale in scope: its items, the split, the rule used and the premi credited per inmate (by pseudonym). */
  async function get(principal: Principal, id: string): Promise<Sale> {
    const row = await q.findSaleInScope(db, scopeOf(principal), id);
    if (!row) throw saleNotFound();
    const rule = (await listRules(db)).find((r) => r.id === row.splitRuleId);
    if (!rule) throw new Error('sale without its split rule');
    return {
      ...toSaleSummary(row),
      note: row.note,
      rule: toSplitRule(rule),
      items: await q.listItems(db, row.id),
      credits: await q.creditsOfSale(db, row.id),
      recordedAt: row.createdAt.toISOString(),
    };
  }

  /** What the sale form needs: the unit's products with batches still in stock, and the rule in force today. */
  async function options(principal: Principal, query: SaleOptionsQuery): Promise<SaleOptions> {
    const unit = await q.findUnitInScope(db, scopeOf(principal), query.unitId ?? principal.position.unitId);
    if (!unit) throw unitNotFound();
    const rows = await listSellable(db, unit.id);
    const products = new Map<string, SaleOptions['products'][number]>();
    for (const r of rows) {
      const entry = products.get(r.product.id) ?? { id: r.product.id, name: r.product.name, unitOfSale: r.product.unitOfSale, priceRupiah: r.product.priceRupiah, batches: [] };
      entry.batches.push({ id: r.batchId, producedOn: r.producedOn, remaining: r.remaining });
      products.set(r.product.id, entry);
    }
    const rule = await ruleInForceAt(db, clock());
    return { unitId: unit.id, unitName: unit.name, today: localDate(clock(), unit.timezone), rule: rule ? toSplitRule(rule) : null, products: [...products.values()] };
  }

  const recording = createSaleRecording(deps);

  /** Records a sale (see sales.record.ts) and returns it as read back. */
  async function record(principal: Principal, body: CreateSaleBody): Promise<{ sale: Sale; created: boolean }> {
    const { id, created } = await recording.record(principal, body);
    return { sale: await get(principal, id), created };
  }

  return { list, get, options, record };
}
