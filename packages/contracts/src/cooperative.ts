import { z } from 'zod';
import { COOPERATIVE_STATUSES } from './product-terms.js';
import { TimeZoneSchema } from './units.js';

/**
 * The cooperative of each UPT, its weekly pre-order to Inkopasindo, its price list, PNBP deposits and targets,
 * under /api/v1:
 *   GET  /cooperatives?parentId                       each UPT of the subtree: registration, this week's PO, compliance
 *   PUT  /units/:unitId/cooperative                   name and registration (deed, SK AHU)
 *   GET  /units/:unitId/preorders?weeks=8             the last N weeks incl. the coming one, missing ones included
 *   PUT  /units/:unitId/preorders/:weekStart          items; editable until the week starts
 *   GET  /preorder-compliance?parentId                weeks with an on-time PO out of the last 8, per UPT
 *   GET  /units/:unitId/prices, PUT the same          the displayed price list, saved whole
 *   GET  /units/:unitId/pnbp-deposits, POST the same  deposits with SIMPONI billing code and NTPN
 *   PUT  /units/:unitId/targets/:year                 a UPT's yearly targets, set above the UPT
 *   GET  /sales-realisation?year&parentId             targets vs realisation per UPT (or per Kanwil for HQ)
 */

const LocalDate = z.iso.date();
const Rupiah = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const PositiveRupiah = z.number().int().min(1, 'jumlah harus lebih dari 0').max(Number.MAX_SAFE_INTEGER);

export const CooperativeStatusSchema = z.enum(COOPERATIVE_STATUSES);
export const PreorderStateSchema = z.enum(['tepat_waktu', 'terlambat', 'tidak_ada']);
export type PreorderState = z.infer<typeof PreorderStateSchema>;

export const UnitParamsSchema = z.object({ unitId: z.uuid() });
export const ParentQuerySchema = z.object({ parentId: z.uuid().optional() }).strict();

export const PutCooperativeBodySchema = z
  .object({
    name: z.string().trim().min(3, 'nama koperasi minimal 3 huruf').max(200),
    status: CooperativeStatusSchema,
    deedNumber: z.string().trim().max(100).nullable().optional(),
    deedDate: LocalDate.nullable().optional(),
    legalEntityNumber: z.string().trim().max(100).nullable().optional(),
    legalEntityDate: LocalDate.nullable().optional(),
  })
  .strict();
export type PutCooperativeBody = z.infer<typeof PutCooperativeBodySchema>;

export const CooperativeRecordSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: CooperativeStatusSchema,
  deedNumber: z.string().nullable(),
  deedDate: z.string().nullable(),
  legalEntityNumber: z.string().nullable(),
  legalEntityDate: z.string().nullable(),
  updatedAt: z.string(),
});

export const WeekStateSchema = z.object({ weekStart: z.string(), state: PreorderStateSchema });

export const CooperativeRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  timezone: TimeZoneSchema,
  /** belum_terdaftar when no cooperative is recorded yet. */
  status: CooperativeStatusSchema,
  cooperative: CooperativeRecordSchema.nullable(),
  thisWeek: WeekStateSchema,
  nextWeek: WeekStateSchema,
  /** Weeks with an on-time PO among the last 8 started weeks. */
  onTimeWeeks: z.number().int(),
  abilities: z.object({ manage: z.boolean() }),
});
export type CooperativeRow = z.infer<typeof CooperativeRowSchema>;
export const CooperativeListSchema = z.object({ items: z.array(CooperativeRowSchema) });
export type CooperativeList = z.infer<typeof CooperativeListSchema>;

export const PreorderItemSchema = z
  .object({
    name: z.string().trim().min(1, 'isi nama barang').max(200),
    quantity: z.number().positive('jumlah harus lebih dari 0').max(1_000_000),
    unit: z.string().trim().min(1, 'isi satuan').max(40),
  })
  .strict();
export type PreorderItem = z.infer<typeof PreorderItemSchema>;
export const PutPreorderBodySchema = z.object({ items: z.array(PreorderItemSchema).min(1, 'isi minimal satu barang').max(200) }).strict();
export type PutPreorderBody = z.infer<typeof PutPreorderBodySchema>;
export const PreorderParamsSchema = UnitParamsSchema.extend({ weekStart: LocalDate });
export const PreorderWeeksQuerySchema = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(8) }).strict();

export const PreorderWeekSchema = z.object({
  weekStart: z.string(),
  state: PreorderStateSchema,
  items: z.array(PreorderItemSchema),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** True while the week has not started and the caller may manage the unit. */
  editable: z.boolean(),
});
export type PreorderWeek = z.infer<typeof PreorderWeekSchema>;
export const PreorderHistorySchema = z.object({
  unitId: z.uuid(),
  timezone: TimeZoneSchema,
  /** Monday of the coming week: the one a PO can still be sent on time for. */
  comingWeekStart: z.string(),
  weeks: z.array(PreorderWeekSchema),
});
export type PreorderHistory = z.infer<typeof PreorderHistorySchema>;

export const PreorderComplianceSchema = z.object({
  weeks: z.number().int(),
  items: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), onTimeWeeks: z.number().int(), lateWeeks: z.number().int(), missingWeeks: z.number().int() })),
});
export type PreorderCompliance = z.infer<typeof PreorderComplianceSchema>;

export const PriceItemSchema = z
  .object({
    itemName: z.string().trim().min(1, 'isi nama barang').max(200),
    unitOfSale: z.string().trim().min(1, 'isi satuan').max(40),
    priceRupiah: PositiveRupiah,
    marketPriceRupiah: PositiveRupiah.nullable(),
  })
  .strict();
export const PutPricesBodySchema = z.object({ items: z.array(PriceItemSchema).max(300) }).strict();
export type PutPricesBody = z.infer<typeof PutPricesBodySchema>;
export const PriceListSchema = z.object({
  items: z.array(PriceItemSchema.extend({ aboveMarket: z.boolean() })),
  abilities: z.object({ edit: z.boolean() }),
});
export type PriceList = z.infer<typeof PriceListSchema>;

/** How far above the market price a displayed price may go before it is flagged, in percent. */
export const ABOVE_MARKET_PERCENT = 10;
export function isAboveMarket(price: number, market: number | null): boolean {
  return market !== null && price * 100 > market * (100 + ABOVE_MARKET_PERCENT);
}

export const CreateDepositBodySchema = z
  .object({
    billingCode: z.string().regex(/^\d{15}$/, 'kode billing SIMPONI terdiri dari 15 angka'),
    ntpn: z
      .string()
      .regex(/^[A-Za-z0-9]{16}$/, 'NTPN terdiri dari 16 huruf atau angka')
      .nullable()
      .optional(),
    amountRupiah: PositiveRupiah,
    depositedOn: LocalDate,
  })
  .strict();
export type CreateDepositBody = z.infer<typeof CreateDepositBodySchema>;
export const DepositSchema = z.object({
  id: z.uuid(),
  billingCode: z.string(),
  ntpn: z.string().nullable(),
  amountRupiah: z.number().int(),
  depositedOn: z.string(),
  createdAt: z.string(),
});
export type Deposit = z.infer<typeof DepositSchema>;
export const DepositListSchema = z.object({ items: z.array(DepositSchema), totalRupiah: z.number().int(), abilities: z.object({ record: z.boolean() }) });
export type DepositList = z.infer<typeof DepositListSchema>;

export const TargetParamsSchema = UnitParamsSchema.extend({ year: z.coerce.number().int().min(2020).max(2100) });
export const PutTargetBodySchema = z.object({ salesRupiah: Rupiah, pnbpRupiah: Rupiah }).strict();
export type PutTargetBody = z.infer<typeof PutTargetBodySchema>;
export const TargetSchema = z.object({ unitId: z.uuid(), year: z.number().int(), salesRupiah: z.number().int(), pnbpRupiah: z.number().int() });
export type Target = z.infer<typeof TargetSchema>;

export const RealisationQuerySchema = z.object({ year: z.coerce.number().int().min(2020).max(2100).optional(), parentId: z.uuid().optional() }).strict();
export type RealisationQuery = z.infer<typeof RealisationQuerySchema>;

export const RealisationRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: z.enum(['ministry', 'hq', 'kanwil', 'upt']),
  salesTargetRupiah: z.number().int(),
  salesRealisedRupiah: z.number().int(),
  /** Realised over target, 0..n; null without a target. */
  salesRatio: z.number().nullable(),
  pnbpTargetRupiah: z.number().int(),
  pnbpDueRupiah: z.number().int(),
  pnbpDepositedRupiah: z.number().int(),
  pnbpRatio: z.number().nullable(),
  depositedOfDueRatio: z.number().nullable(),
});
export type RealisationRow = z.infer<typeof RealisationRowSchema>;
export const RealisationSchema = z.object({
  year: z.number().int(),
  per: z.enum(['kanwil', 'unit']),
  total: RealisationRowSchema,
  items: z.array(RealisationRowSchema),
  abilities: z.object({ setTargets: z.boolean() }),
});
export type Realisation = z.infer<typeof RealisationSchema>;

export function ratioOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
