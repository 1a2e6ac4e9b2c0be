import { z } from 'zod';
import { CreateSaleBodySchema, SaleItemInputSchema, splitProceeds, type CreateSaleBody, type SaleOptions, type SplitAmounts } from '@selaras/contracts';

/** The sale form: the contract's body with each item's product remembered, so its batch list can be shown. */
export const SaleFormSchema = CreateSaleBodySchema.extend({
  items: z.array(SaleItemInputSchema.extend({ productId: z.string() })).min(1, 'tambahkan paling sedikit satu barang').max(50),
});
export type SaleFormInput = z.input<typeof SaleFormSchema>;
export type SaleFormOutput = z.output<typeof SaleFormSchema>;

export function toSaleBody(values: SaleFormOutput): CreateSaleBody {
  return { ...values, items: values.items.map(({ batchId, quantity, unitPriceRupiah }) => ({ batchId, quantity, unitPriceRupiah })) };
}

type ItemDraft = { quantity?: unknown; unitPriceRupiah?: unknown };
const wholePositive = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0);

/** The live preview: the total of the lines filled so far and its split under the rule in force, whole rupiah. */
export function previewSale(items: readonly ItemDraft[] | undefined, rule: SaleOptions['rule']): { total: number; split: SplitAmounts | null } {
  const total = (items ?? []).reduce((sum, i) => sum + wholePositive(i.quantity) * wholePositive(i.unitPriceRupiah), 0);
  return { total, split: rule && Number.isSafeInteger(total) ? splitProceeds(total, rule) : null };
}

export function emptyItem(options: SaleOptions | undefined): SaleFormInput['items'][number] {
  const product = options?.products[0];
  return { productId: product?.id ?? '', batchId: product?.batches[0]?.id ?? '', quantity: 1, unitPriceRupiah: product?.priceRupiah ?? 0 };
}
