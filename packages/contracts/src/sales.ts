import { z } from 'zod';
import { PageQuerySchema } from './paging.js';
import { PAYOUT_METHODS, WORK_BASES } from './product-terms.js';
import { SalesChannelSchema } from './products.js';
import { BASIS_POINTS_WHOLE } from './proceeds.js';

/**
 * Production batches, sales with the proceeds split, and the inmates' premi ledger, under /api/v1:
 *   POST /production-batches            a batch and who made it (products:manage, unit in scope)
 *   GET  /production-batches            batches in scope with their remaining stock (products:read)
 *   GET  /production-batches/:id        one batch; workers by pseudonym (names with inmates:names, audited)
 *   GET  /proceeds-split-rules          the rule history and the rule in force (products:read)
 *   POST /proceeds-split-rules          a new rule from a moment not in the past (sales:configure)
 *   POST /sales                         a sale; proceeds split, premi credited (cooperative:manage)
 *   GET  /sales, /sales/:id             sales in scope (products:read)
 *   GET  /sale-options                  products and batches with stock for the sale form (cooperative:manage)
 *   GET  /premi, /premi/:inmateId       balances and one ledger (products:read)
 *   POST /premi/:inmateId/payouts       a cashless payout (cooperative:manage)
 * A recorded sale is not edited here; correcting a wrong sale is a separate, later piece of work.
 */

const LocalDate = z.iso.date('tanggal harus berformat TTTT-BB-HH');
const NamesFlag = z.enum(['true', 'false']).optional();
const Rupiah = z.number().int().nonnegative();
const Note = z.string().trim().max(500, 'catatan paling banyak 500 karakter');

export const WorkBasisSchema = z.enum(WORK_BASES);
export const PayoutMethodSchema = z.enum(PAYOUT_METHODS);

// ── Production batches ──────────────────────────────────────────────────────

export const BatchWorkerInputSchema = z.object({
  inmateId: z.uuid('pilih warga binaan'),
  amount: z.number('isi jumlah potong atau jam').positive('jumlah harus lebih dari 0').max(100_000, 'jumlah terlalu besar'),
});

export const CreateBatchBodySchema = z
  .object({
    productId: z.uuid('pilih produk'),
    producedOn: LocalDate,
    quantity: z.number('isi jumlah').int('jumlah harus bilangan bulat').positive('jumlah harus lebih dari 0').max(10_000_000, 'jumlah terlalu besar'),
    workBasis: WorkBasisSchema,
    workers: z.array(BatchWorkerInputSchema).min(1, 'tambahkan paling sedikit satu warga binaan').max(200, 'paling banyak 200 warga binaan'),
    note: Note.optional(),
  })
  .strict();
export type CreateBatchBody = z.infer<typeof CreateBatchBodySchema>;

export const BatchWorkerSchema = z.object({
  inmateId: z.uuid(),
  pseudonym: z.string(),
  registrationNumber: z.string(),
  name: z.string().nullable(),
  amount: z.number(),
});
export type BatchWorker = z.infer<typeof BatchWorkerSchema>;

export const BatchSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  unitOfSale: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  producedOn: z.string(),
  quantity: z.number().int(),
  sold: z.number().int(),
  remaining: z.number().int(),
  workBasis: WorkBasisSchema,
  note: z.string().nullable(),
  workerCount: z.number().int(),
});
export type Batch = z.infer<typeof BatchSchema>;

export const BatchDetailSchema = BatchSchema.extend({ workers: z.array(BatchWorkerSchema), namesShown: z.boolean() });
export type BatchDetail = z.infer<typeof BatchDetailSchema>;

export const ListBatchesQuerySchema = PageQuerySchema.extend({ productId: z.uuid().optional(), unitId: z.uuid().optional() }).strict();
export type ListBatchesQuery = z.infer<typeof ListBatchesQuerySchema>;
export const BatchListSchema = z.object({ items: z.array(BatchSchema), total: z.number().int(), abilities: z.object({ create: z.boolean() }) });
export type BatchList = z.infer<typeof BatchListSchema>;
export const GetWithNamesQuerySchema = z.object({ names: NamesFlag }).strict();
export type GetWithNamesQuery = z.infer<typeof GetWithNamesQuerySchema>;

// ── Split rules ─────────────────────────────────────────────────────────────

const BasisPoints = z.number().int('basis poin harus bilangan bulat').min(0, 'bagian tidak boleh negatif').max(BASIS_POINTS_WHOLE);

export const SplitRuleSchema = z.object({
  id: z.uuid(),
  pnbpBasisPoints: z.number().int(),
  premiBasisPoints: z.number().int(),
  capitalBasisPoints: z.number().int(),
  effectiveFrom: z.string(),
  basis: z.string(),
});
export type SplitRule = z.infer<typeof SplitRuleSchema>;

export const SplitRuleHistorySchema = z.object({
  items: z.array(SplitRuleSchema),
  current: SplitRuleSchema.nullable(),
  abilities: z.object({ configure: z.boolean() }),
});
export type SplitRuleHistory = z.infer<typeof SplitRuleHistorySchema>;

export const CreateSplitRuleBodySchema = z
  .object({
    pnbpBasisPoints: BasisPoints,
    premiBasisPoints: BasisPoints,
    capitalBasisPoints: BasisPoints,
    effectiveFrom: z.iso.datetime({ offset: true, message: 'waktu berlaku harus berformat ISO 8601' }),
    basis: z.string().trim().min(5, 'sebutkan dasar aturan (peraturan atau sumbernya)').max(1000, 'dasar aturan paling banyak 1000 karakter'),
  })
  .strict()
  .refine((b) => b.pnbpBasisPoints + b.premiBasisPoints + b.capitalBasisPoints === BASIS_POINTS_WHOLE, {
    message: 'ketiga bagian harus berjumlah tepat 100%',
    path: ['capitalBasisPoints'],
  });
export type CreateSplitRuleBody = z.infer<typeof CreateSplitRuleBodySchema>;

// ── Sales ───────────────────────────────────────────────────────────────────

export const SaleItemInputSchema = z.object({
  batchId: z.uuid('pilih batch produksi'),
  quantity: z.number('isi jumlah').int('jumlah harus bilangan bulat').positive('jumlah harus lebih dari 0').max(10_000_000, 'jumlah terlalu besar'),
  unitPriceRupiah: z.number('isi harga').int('harga dalam rupiah bulat').positive('harga harus lebih dari 0').max(1_000_000_000, 'harga terlalu besar'),
});
export type SaleItemInput = z.infer<typeof SaleItemInputSchema>;

export const CreateSaleBodySchema = z
  .object({
    clientId: z.uuid(),
    soldOn: LocalDate,
    channel: SalesChannelSchema,
    buyer: z.string().trim().max(200, 'nama pembeli paling banyak 200 karakter').optional(),
    note: Note.optional(),
    items: z.array(SaleItemInputSchema).min(1, 'tambahkan paling sedikit satu barang').max(50, 'paling banyak 50 barang'),
  })
  .strict();
export type CreateSaleBody = z.infer<typeof CreateSaleBodySchema>;

export const SaleItemSchema = z.object({
  batchId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  unitOfSale: z.string(),
  producedOn: z.string(),
  quantity: z.number().int(),
  unitPriceRupiah: Rupiah,
  amountRupiah: Rupiah,
});

export const PremiCreditSchema = z.object({ inmateId: z.uuid(), pseudonym: z.string(), rupiah: Rupiah });
export type PremiCreditLine = z.infer<typeof PremiCreditSchema>;

export const SaleSummarySchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  soldOn: z.string(),
  channel: SalesChannelSchema,
  buyer: z.string().nullable(),
  totalRupiah: Rupiah,
  pnbpRupiah: Rupiah,
  premiRupiah: Rupiah,
  capitalRupiah: Rupiah,
  itemCount: z.number().int(),
});
export type SaleSummary = z.infer<typeof SaleSummarySchema>;

export const SaleSchema = SaleSummarySchema.extend({
  note: z.string().nullable(),
  rule: SplitRuleSchema,
  items: z.array(SaleItemSchema),
  credits: z.array(PremiCreditSchema),
  recordedAt: z.string(),
});
export type Sale = z.infer<typeof SaleSchema>;

export const ListSalesQuerySchema = PageQuerySchema.extend({
  unitId: z.uuid().optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  channel: SalesChannelSchema.optional(),
}).strict();
export type ListSalesQuery = z.infer<typeof ListSalesQuerySchema>;
export const SaleListSchema = z.object({ items: z.array(SaleSummarySchema), total: z.number().int(), abilities: z.object({ create: z.boolean() }) });
export type SaleList = z.infer<typeof SaleListSchema>;

export const SaleOptionsQuerySchema = z.object({ unitId: z.uuid().optional() }).strict();
export type SaleOptionsQuery = z.infer<typeof SaleOptionsQuerySchema>;
export const SaleOptionsSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  today: z.string(),
  rule: SplitRuleSchema.nullable(),
  products: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      unitOfSale: z.string(),
      priceRupiah: Rupiah.nullable(),
      batches: z.array(z.object({ id: z.uuid(), producedOn: z.string(), remaining: z.number().int() })),
    }),
  ),
});
export type SaleOptions = z.infer<typeof SaleOptionsSchema>;

// ── Premi ───────────────────────────────────────────────────────────────────

export const PremiBalanceSchema = z.object({
  inmateId: z.uuid(),
  pseudonym: z.string(),
  registrationNumber: z.string(),
  name: z.string().nullable(),
  unitName: z.string(),
  creditedRupiah: Rupiah,
  paidRupiah: Rupiah,
  balanceRupiah: z.number().int(),
});
export type PremiBalance = z.infer<typeof PremiBalanceSchema>;

export const ListPremiQuerySchema = PageQuerySchema.extend({ unitId: z.uuid().optional(), names: NamesFlag }).strict();
export type ListPremiQuery = z.infer<typeof ListPremiQuerySchema>;
export const PremiListSchema = z.object({ items: z.array(PremiBalanceSchema), total: z.number().int(), namesShown: z.boolean() });
export type PremiList = z.infer<typeof PremiListSchema>;

export const PremiEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['penjualan', 'pembayaran']),
  occurredOn: z.string(),
  amountRupiah: z.number().int(),
  runningBalanceRupiah: z.number().int(),
  saleId: z.uuid().nullable(),
  productName: z.string().nullable(),
  method: PayoutMethodSchema.nullable(),
  accountReference: z.string().nullable(),
});
export type PremiEntry = z.infer<typeof PremiEntrySchema>;

export const PremiLedgerSchema = z.object({
  inmate: PremiBalanceSchema,
  entries: z.array(PremiEntrySchema),
  abilities: z.object({ payout: z.boolean() }),
});
export type PremiLedger = z.infer<typeof PremiLedgerSchema>;

/** Cash is refused with its own message (premi is paid cashless), so the method is checked by the server. */
export const CreatePayoutBodySchema = z
  .object({
    amountRupiah: z.number('isi jumlah').int('jumlah dalam rupiah bulat').positive('jumlah harus lebih dari 0'),
    method: z.string().trim().min(1, 'pilih cara pembayaran'),
    accountReference: z
      .string()
      .trim()
      .regex(/^[0-9 -]{8,40}$/, 'nomor kartu atau rekening 8–40 angka'),
    paidOn: LocalDate,
  })
  .strict();
export type CreatePayoutBody = z.infer<typeof CreatePayoutBodySchema>;

export const PayoutSchema = z.object({
  id: z.uuid(),
  inmateId: z.uuid(),
  amountRupiah: Rupiah,
  method: PayoutMethodSchema,
  accountReference: z.string(),
  paidOn: z.string(),
  balanceRupiah: z.number().int(),
});
export type Payout = z.infer<typeof PayoutSchema>;

/** "•••• 1234": the last four digits of a card or account number. */
export function maskAccountReference(reference: string): string {
  const digits = reference.replace(/\D/g, '');
  return `•••• ${digits.slice(-4)}`;
}

/** What the batch form needs: the unit's products still made, and its active inmates by pseudonym. */
export const ProductionOptionsSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  today: z.string(),
  products: z.array(z.object({ id: z.uuid(), name: z.string(), unitOfSale: z.string() })),
  inmates: z.array(z.object({ id: z.uuid(), pseudonym: z.string(), registrationNumber: z.string() })),
});
export type ProductionOptions = z.infer<typeof ProductionOptionsSchema>;
