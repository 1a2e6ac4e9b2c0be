import { asc, eq } from 'drizzle-orm';
import { isAboveMarket, type FieldIssue, type PriceList, type PutPricesBody } from '@selaras/contracts';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { cooperativePrices } from './cooperative.table.js';
import { scopeUpt } from './cooperative.units.js';
import { mayManageCooperative, type CooperativeDeps } from './cooperative.service.js';
import * as errors from './cooperative.errors.js';

/** Each item appears once per unit of sale. */
function duplicateIssues(body: PutPricesBody): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  body.items.forEach((item, i) => {
    const key = `${item.itemName.toLowerCase()}\u0000${item.unitOfSale.toLowerCase()}`;
    if (seen.has(key)) issues.push(errors.field(`body.items.${i}.itemName`, `"${item.itemName}" per ${item.unitOfSale} tercantum dua kali.`, 'duplicate'));
    seen.add(key);
  });
  return issues;
}

/** The cooperative shop's displayed price list: read, and replaced whole. */
export function createPricesService(deps: CooperativeDeps) {
  const { db, audit } = deps;

  async function get(principal: Principal, unitId: string): Promise<PriceList> {
    const unit = await scopeUpt(db, principal, unitId);
    const rows = await db.select().from(cooperativePrices).where(eq(cooperativePrices.unitId, unit.id)).orderBy(asc(cooperativePrices.itemName), asc(cooperativePrices.unitOfSale));
    return {
      items: rows.map((r) => ({
        itemName: r.itemName,
        unitOfSale: r.unitOfSale,
        priceRupiah: r.priceRupiah,
        marketPriceRupiah: r.marketPriceRupiah,
        aboveMarket: isAboveMarket(r.priceRupiah, r.marketPriceRupiah),
      })),
      abilities: { edit: mayManageCooperative(principal, unit.path) },
    };
  }

  /** Replaces the list; an item more than 10 % above its market price is saved and flagged. */
  async function save(principal: Principal, unitId: string, body: PutPricesBody): Promise<PriceList> {
    const unit = await scopeUpt(db, principal, unitId);
    if (!mayManageCooperative(principal, unit.path)) throw errors.cannotManage();
    const issues = duplicateIssues(body);
    if (issues.length > 0) throw errors.invalidInput(issues);
    await db.transaction(async (tx) => {
      await tx.delete(cooperativePrices).where(eq(cooperativePrices.unitId, unit.id));
      if (body.items.length > 0) await tx.insert(cooperativePrices).values(body.items.map((item) => ({ ...item, unitId: unit.id, unitPath: unit.path })));
      await audit.record(tx, auditActor(principal), {
        action: 'cooperative.prices_saved',
        subjectType: 'cooperative_prices',
        subjectId: unit.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { items: body.items.length, aboveMarket: body.items.filter((i) => isAboveMarket(i.priceRupiah, i.marketPriceRupiah)).length },
      });
    });
    return get(principal, unitId);
  }

  return { get, save };
}

export type PricesService = ReturnType<typeof createPricesService>;
