import { z } from 'zod';
import { COOPERATIVE_STATUSES, PRODUCT_STAGES } from './product-terms.js';

/**
 * GET /api/v1/product-figures?year&unitId — flagship products and the cooperative over the caller's subtree:
 * per Kanwil for HQ, per UPT for a Kanwil, the UPT itself for a UPT. Counts and whole rupiah only.
 */
export const ProductFiguresQuerySchema = z
  .object({ year: z.coerce.number().int().min(2020).max(2100).optional(), unitId: z.uuid().optional() })
  .strict();
export type ProductFiguresQuery = z.infer<typeof ProductFiguresQuerySchema>;

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const ProductFigureRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: z.enum(['ministry', 'hq', 'kanwil', 'upt']),
  upts: z.number().int(),
  /** UPTs with at least one non-archived product at siap_pasar or unggulan. */
  uptsWithMarketProduct: z.number().int(),
  marketShare: z.number(),
  productsByStage: countsOf(PRODUCT_STAGES),
  salesTargetRupiah: z.number().int(),
  salesRealisedRupiah: z.number().int(),
  pnbpTargetRupiah: z.number().int(),
  pnbpDueRupiah: z.number().int(),
  pnbpDepositedRupiah: z.number().int(),
  premiCreditedRupiah: z.number().int(),
  premiPaidRupiah: z.number().int(),
  /** UPTs without a recorded cooperative count as belum_terdaftar. */
  cooperativesByStatus: countsOf(COOPERATIVE_STATUSES),
});
export type ProductFigureRow = z.infer<typeof ProductFigureRowSchema>;

export const ProductFiguresSchema = z.object({
  year: z.number().int(),
  unit: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['ministry', 'hq', 'kanwil', 'upt']) }),
  per: z.enum(['kanwil', 'unit']),
  total: ProductFigureRowSchema,
  items: z.array(ProductFigureRowSchema),
});
export type ProductFigures = z.infer<typeof ProductFiguresSchema>;
