import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';
import { TimeZoneSchema } from './units.js';
import {
  PERMIT_KINDS,
  PRODUCT_CATEGORIES,
  PRODUCT_STAGES,
  SALES_CHANNELS,
  STAGE_REQUEST_STATUSES,
} from './product-terms.js';

/**
 * Products of the units and their readiness, under /api/v1:
 *   GET   /products                          the caller's scope (unitId, stage, category, q), paged
 *   POST  /products                          a UPT's product (a Kanwil/HQ leader may create for a UPT below)
 *   GET   /products/:id                      one product with its permits, next-stage checklist and abilities
 *   PATCH /products/:id                      details, readiness facts, photos; archived
 *   POST  /products/:id/permits              a permit (P-IRT, halal, BPOM, merek) with number and expiry
 *   PATCH /products/:id/permits/:permitId    DELETE the same
 *   POST  /products/:id/stage-requests       ask for the next stage (checklist must be met)
 *   GET   /stage-requests                    requests of the caller's subtree (status=diajukan: the queue)
 *   POST  /stage-requests/:id/approve        the unit above approves: the product moves
 *   POST  /stage-requests/:id/return         the unit above returns it with a reason
 */

export const ProductStageSchema = z.enum(PRODUCT_STAGES);
export const ProductCategorySchema = z.enum(PRODUCT_CATEGORIES);
export const PermitKindSchema = z.enum(PERMIT_KINDS);
export const SalesChannelSchema = z.enum(SALES_CHANNELS);
export const StageRequestStatusSchema = z.enum(STAGE_REQUEST_STATUSES);

export const PRODUCT_STAGE_LABELS: Record<(typeof PRODUCT_STAGES)[number], string> = {
  uji_coba: 'Uji coba',
  pengembangan: 'Pengembangan',
  siap_pasar: 'Siap pasar',
  unggulan: 'Unggulan',
};

export const PERMIT_KIND_LABELS: Record<(typeof PERMIT_KINDS)[number], string> = {
  pirt: 'P-IRT',
  halal: 'Sertifikat halal',
  bpom: 'Izin edar BPOM',
  merek: 'Pendaftaran merek',
};

/** A permit expiring within this many days is shown as expiring soon. */
export const PERMIT_SOON_DAYS = 90;

const LocalDate = z.iso.date();
const Rupiah = z.number().int('rupiah tanpa desimal').min(0).max(1_000_000_000_000);
const Count = z.number().int().min(0).max(100_000);

const productFields = {
  name: z.string().trim().min(3, 'nama produk minimal 3 huruf').max(200),
  brand: z.string().trim().max(200).nullable().optional(),
  category: ProductCategorySchema,
  description: z.string().trim().min(1, 'isi deskripsi produk').max(4000),
  unitOfSale: z.string().trim().min(1, 'isi satuan jual, misalnya "bungkus"').max(40),
  priceRupiah: Rupiah.nullable().optional(),
  costRupiah: Rupiah.nullable().optional(),
  capacityPerWeek: Count.optional(),
  inmatesInvolved: Count.optional(),
};

export const CreateProductBodySchema = z
  .object({
    /** Defaults to the caller's own unit; a Kanwil or HQ leader names a UPT below. */
    unitId: z.uuid().optional(),
    ...productFields,
  })
  .strict();
export type CreateProductBody = z.infer<typeof CreateProductBodySchema>;

export const MAX_PRODUCT_PHOTOS = 8;

export const UpdateProductBodySchema = z
  .object({
    ...productFields,
    inmatesTrained: Count,
    packagingReady: z.boolean(),
    labelReady: z.boolean(),
    salesChannels: z.array(SalesChannelSchema).max(SALES_CHANNELS.length),
    photoFileIds: z.array(z.uuid()).max(MAX_PRODUCT_PHOTOS, `paling banyak ${MAX_PRODUCT_PHOTOS} foto`),
    archived: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateProductBody = z.infer<typeof UpdateProductBodySchema>;

export const PermitStatusSchema = z.enum(['berlaku', 'segera_berakhir', 'kedaluwarsa']);
export type PermitStatus = z.infer<typeof PermitStatusSchema>;

export const PermitSchema = z.object({
  id: z.uuid(),
  kind: PermitKindSchema,
  number: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  status: PermitStatusSchema,
  /** Days from the unit's today to the expiry; null without an expiry. */
  daysLeft: z.number().int().nullable(),
});
export type Permit = z.infer<typeof PermitSchema>;

export const CreatePermitBodySchema = z
  .object({
    kind: PermitKindSchema,
    number: z.string().trim().min(3, 'nomor izin minimal 3 karakter').max(100),
    issuedOn: LocalDate,
    /** Only a brand registration may have no expiry. */
    expiresOn: LocalDate.nullable(),
  })
  .strict();
export type CreatePermitBody = z.infer<typeof CreatePermitBodySchema>;

export const UpdatePermitBodySchema = CreatePermitBodySchema.omit({ kind: true })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'isi minimal satu data izin yang diubah');
export type UpdatePermitBody = z.infer<typeof UpdatePermitBodySchema>;

export const ChecklistItemSchema = z.object({ code: z.string(), met: z.boolean(), detail: z.string() });
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const StageRequestSchema = z.object({
  id: z.uuid(),
  product: z.object({ id: z.uuid(), name: z.string() }),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  fromStage: ProductStageSchema,
  toStage: ProductStageSchema,
  status: StageRequestStatusSchema,
  checklist: z.array(ChecklistItemSchema),
  note: z.string().nullable(),
  requestedAt: z.string(),
  requestedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  abilities: z.object({ approve: z.boolean() }),
});
export type StageRequest = z.infer<typeof StageRequestSchema>;

const unitRef = z.object({ id: z.uuid(), name: z.string(), timezone: TimeZoneSchema });

export const ProductSummarySchema = z.object({
  id: z.uuid(),
  unit: unitRef,
  name: z.string(),
  brand: z.string().nullable(),
  category: ProductCategorySchema,
  unitOfSale: z.string(),
  priceRupiah: z.number().int().nullable(),
  stage: ProductStageSchema,
  coverFileId: z.uuid().nullable(),
  archived: z.boolean(),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

export const ProductSchema = ProductSummarySchema.extend({
  description: z.string(),
  costRupiah: z.number().int().nullable(),
  capacityPerWeek: z.number().int(),
  inmatesInvolved: z.number().int(),
  inmatesTrained: z.number().int(),
  packagingReady: z.boolean(),
  labelReady: z.boolean(),
  salesChannels: z.array(SalesChannelSchema),
  photoFileIds: z.array(z.uuid()),
  stageChangedAt: z.string(),
  nextStage: ProductStageSchema.nullable(),
  /** The checklist for the next stage, evaluated now; empty at the last stage. */
  checklist: z.array(ChecklistItemSchema),
  permits: z.array(PermitSchema),
  openRequest: StageRequestSchema.nullable(),
  /** The latest decided request, to show a return reason. */
  lastDecision: StageRequestSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), requestAdvance: z.boolean(), approve: z.boolean() }),
});
export type Product = z.infer<typeof ProductSchema>;

export const ListProductsQuerySchema = PageQuerySchema.extend({
  unitId: z.uuid().optional(),
  stage: ProductStageSchema.optional(),
  category: ProductCategorySchema.optional(),
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['true', 'false']).optional(),
}).strict();
export type ListProductsQuery = z.infer<typeof ListProductsQuerySchema>;

export const ProductPageSchema = pageOf(ProductSummarySchema).extend({ abilities: z.object({ create: z.boolean() }) });
export type ProductPage = z.infer<typeof ProductPageSchema>;

export const CreateStageRequestBodySchema = z
  .object({ toStage: ProductStageSchema, note: z.string().trim().max(2000).nullable().optional() })
  .strict();
export type CreateStageRequestBody = z.infer<typeof CreateStageRequestBodySchema>;

export const ReturnStageRequestBodySchema = z
  .object({ reason: z.string().trim().min(10, 'alasan pengembalian minimal 10 karakter').max(2000) })
  .strict();
export type ReturnStageRequestBody = z.infer<typeof ReturnStageRequestBodySchema>;

export const ListStageRequestsQuerySchema = PageQuerySchema.extend({
  status: StageRequestStatusSchema.optional(),
  productId: z.uuid().optional(),
}).strict();
export type ListStageRequestsQuery = z.infer<typeof ListStageRequestsQuerySchema>;

export const StageRequestPageSchema = pageOf(StageRequestSchema);
export type StageRequestPage = z.infer<typeof StageRequestPageSchema>;
