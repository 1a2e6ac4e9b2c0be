import { z } from 'zod';
import { PRODUCT_CATEGORIES, type CreateProductBody } from '@selaras/contracts';

export const PRODUCT_DRAFT_KEY = 'product-new';

const WholeNumber = z
  .string()
  .trim()
  .regex(/^\d{0,13}$/, 'Isi angka bulat tanpa titik.');

/** What the create form holds: text as typed (numbers too), checked again by the server. */
export const ProductFormSchema = z.object({
  unitId: z.string(),
  name: z.string().trim().min(3).max(200),
  brand: z.string().trim().max(200),
  category: z.enum(PRODUCT_CATEGORIES),
  description: z.string().trim().min(1).max(4000),
  unitOfSale: z.string().trim().min(1).max(40),
  priceRupiah: WholeNumber,
  costRupiah: WholeNumber,
  capacityPerWeek: WholeNumber,
  inmatesInvolved: WholeNumber,
});

export type ProductFormValues = z.input<typeof ProductFormSchema>;
export type ProductFormOutput = z.output<typeof ProductFormSchema>;

export function emptyProduct(): ProductFormValues {
  return {
    unitId: '',
    name: '',
    brand: '',
    category: 'makanan',
    description: '',
    unitOfSale: '',
    priceRupiah: '',
    costRupiah: '',
    capacityPerWeek: '',
    inmatesInvolved: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

export function toCreateBody(v: ProductFormOutput): CreateProductBody {
  return {
    ...(v.unitId ? { unitId: v.unitId } : {}),
    name: v.name,
    brand: orNull(v.brand),
    category: v.category,
    description: v.description,
    unitOfSale: v.unitOfSale,
    priceRupiah: numberOrNull(v.priceRupiah),
    costRupiah: numberOrNull(v.costRupiah),
    ...(v.capacityPerWeek ? { capacityPerWeek: Number(v.capacityPerWeek) } : {}),
    ...(v.inmatesInvolved ? { inmatesInvolved: Number(v.inmatesInvolved) } : {}),
  };
}

export const PRODUCT_SERVER_FIELDS = [
  'unitId',
  'name',
  'brand',
  'category',
  'description',
  'unitOfSale',
  'priceRupiah',
  'costRupiah',
  'capacityPerWeek',
  'inmatesInvolved',
] as const;
