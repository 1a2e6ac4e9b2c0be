import { nextStage, type ChecklistItem, type ProductStage } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { activityOf, type ProductRow } from './products.queries.js';
import { permitsOf, type PermitRow } from './permits.queries.js';
import { addDays, checklistFor, type ReadinessFacts } from './readiness.js';

/** The longest look-back of any rule: three 30-day windows of sales. */
const LOOKBACK_DAYS = 90;

/** Gathers what the readiness rules need about a product on the unit's local `today`. */
export async function factsOf(
  db: Db,
  product: ProductRow,
  today: string,
  permits?: PermitRow[],
): Promise<ReadinessFacts> {
  const activity = await activityOf(db, product.id, addDays(today, -LOOKBACK_DAYS));
  return {
    today,
    category: product.category,
    priceRupiah: product.priceRupiah,
    costRupiah: product.costRupiah,
    inmatesTrained: product.inmatesTrained,
    packagingReady: product.packagingReady,
    labelReady: product.labelReady,
    salesChannels: product.salesChannels,
    permits: permits ?? (await permitsOf(db, product.id)),
    ...activity,
  };
}

/** The checklist toward `target` (default: the product's next stage), evaluated now. */
export async function evaluate(
  db: Db,
  product: ProductRow,
  today: string,
  target?: ProductStage,
): Promise<{ target: ProductStage | null; items: ChecklistItem[] }> {
  const to = target ?? nextStage(product.stage);
  if (!to) return { target: null, items: [] };
  return { target: to, items: checklistFor(to, await factsOf(db, product, today)) };
}
