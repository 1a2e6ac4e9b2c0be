import { z } from 'zod';
import { SALES_CHANNELS, type Product, type UpdateProductBody } from '@selaras/contracts';
import { ProductFormSchema } from './product-form-model';

const WholeNumber = z
  .string()
  .trim()
  .regex(/^\d{0,13}$/, 'Isi angka bulat tanpa titik.');

/** The details form of a saved product: the create fields plus the facts the checklist reads. */
export const ProductEditSchema = ProductFormSchema.omit({ unitId: true }).extend({
  inmatesTrained: WholeNumber,
  packagingReady: z.boolean(),
  labelReady: z.boolean(),
  salesChannels: z.array(z.enum(SALES_CHANNELS)),
});

export type ProductEditValues = z.input<typeof ProductEditSchema>;
export type ProductEditOutput = z.output<typeof ProductEditSchema>;

const text = (n: number | null) => (n === null ? '' : String(n));

export function fromProduct(p: Product): ProductEditValues {
  return {
    name: p.name,
    brand: p.brand ?? '',
    category: p.category,
    description: p.description,
    unitOfSale: p.unitOfSale,
    priceRupiah: text(p.priceRupiah),
    costRupiah: text(p.costRupiah),
    capacityPerWeek: text(p.capacityPerWeek),
    inmatesInvolved: text(p.inmatesInvolved),
    inmatesTrained: text(p.inmatesTrained),
    packagingReady: p.packagingReady,
    labelReady: p.labelReady,
    salesChannels: [...p.salesChannels],
  };
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
const count = (value: string) => (value.trim() === '' ? 0 : Number(value));

export function toUpdateBody(v: ProductEditOutput): UpdateProductBody {
  return {
    name: v.name,
    brand: v.brand.trim() === '' ? null : v.brand.trim(),
    category: v.category,
    description: v.description,
    unitOfSale: v.unitOfSale,
    priceRupiah: numberOrNull(v.priceRupiah),
    costRupiah: numberOrNull(v.costRupiah),
    capacityPerWeek: count(v.capacityPerWeek),
    inmatesInvolved: count(v.inmatesInvolved),
    inmatesTrained: count(v.inmatesTrained),
    packagingReady: v.packagingReady,
    labelReady: v.labelReady,
    salesChannels: v.salesChannels,
  };
}

export const EDIT_SERVER_FIELDS = [
  'name',
  'brand',
  'category',
  'description',
  'unitOfSale',
  'priceRupiah',
  'costRupiah',
  'capacityPerWeek',
  'inmatesInvolved',
  'inmatesTrained',
  'salesChannels',
] as const;
