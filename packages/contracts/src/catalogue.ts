import { z } from 'zod';
import { ORDER_REQUEST_STATUSES, PRODUCT_CATEGORIES, PRODUCT_STAGES } from './product-terms.js';
import { TimeZoneSchema } from './units.js';

/**
 * The public catalogue of market-ready products and the order requests it sends to a unit's cooperative:
 *   GET   /public/catalogue                       siap_pasar and unggulan products, no sign-in (category, kanwilId, q, page)
 *   GET   /public/catalogue/:id                   one product of the catalogue
 *   GET   /public/catalogue/:id/photos/:index     a photo re-encoded without metadata (image/jpeg)
 *   POST  /public/catalogue/:id/order-requests    a buyer's request, for the unit's cooperative
 *   GET   /order-requests                         the requests of the caller's scope (cooperative:manage)
 *   PATCH /order-requests/:id                     baru → dihubungi → selesai | ditolak
 * Nothing public carries a person: no inmate, no staff name, no user id, no inmate count.
 */

export const CATALOGUE_PAGE_SIZE = 24;

export const CatalogueQuerySchema = z
  .object({
    category: z.enum(PRODUCT_CATEGORIES).optional(),
    kanwilId: z.uuid().optional(),
    q: z.string().trim().max(100).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  })
  .strict();
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

export const CatalogueItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.enum(PRODUCT_CATEGORIES),
  description: z.string(),
  priceRupiah: z.number().int().nullable(),
  unitOfSale: z.string(),
  stage: z.enum(PRODUCT_STAGES),
  unitName: z.string(),
  kanwilId: z.uuid().nullable(),
  kanwilName: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  /** Relative to /api/v1; each is a JPEG without metadata. */
  photoUrls: z.array(z.string()),
  howToOrder: z.object({ cooperativeName: z.string().nullable(), orderFormPath: z.string() }),
});
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;

export const CataloguePageSchema = z.object({
  items: z.array(CatalogueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  kanwil: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type CataloguePage = z.infer<typeof CataloguePageSchema>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9][0-9 .-]{6,20}$/;

/** A phone number (8 to 15 digits, spaces and dashes allowed) or an e-mail address. */
export function isContact(value: string): boolean {
  if (EMAIL.test(value)) return true;
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 8 && digits <= 15;
}

export const MAX_ORDER_QUANTITY = 100_000;

export const CreateOrderRequestBodySchema = z
  .object({
    buyerName: z.string().trim().min(2, 'nama minimal 2 huruf').max(120, 'nama maksimal 120 huruf'),
    contact: z
      .string()
      .trim()
      .max(120)
      .refine(isContact, 'isi nomor telepon/WhatsApp atau alamat e-mail yang benar'),
    quantity: z.coerce
      .number()
      .int('jumlah harus bilangan bulat')
      .min(1, 'jumlah minimal 1')
      .max(MAX_ORDER_QUANTITY, 'jumlah maksimal 100.000'),
    message: z.string().trim().max(1000, 'pesan maksimal 1000 huruf').nullable().optional(),
    /** Left empty by people; only a form-filling robot writes here. */
    website: z.string().max(200).optional(),
  })
  .strict();
export type CreateOrderRequestBody = z.infer<typeof CreateOrderRequestBodySchema>;

export const OrderRequestReceiptSchema = z.object({ id: z.uuid(), productName: z.string(), cooperativeName: z.string().nullable() });
export type OrderRequestReceipt = z.infer<typeof OrderRequestReceiptSchema>;

export const OrderRequestStatusSchema = z.enum(ORDER_REQUEST_STATUSES);

export const ListOrderRequestsQuerySchema = z
  .object({
    status: OrderRequestStatusSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type ListOrderRequestsQuery = z.infer<typeof ListOrderRequestsQuerySchema>;

export const OrderRequestSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  unitOfSale: z.string(),
  unitName: z.string(),
  unitTimezone: TimeZoneSchema,
  buyerName: z.string(),
  contact: z.string(),
  quantity: z.number().int(),
  message: z.string().nullable(),
  status: OrderRequestStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The statuses the caller may move this request to. */
  abilities: z.object({ moveTo: z.array(OrderRequestStatusSchema) }),
});
export type OrderRequest = z.infer<typeof OrderRequestSchema>;

export const OrderRequestListSchema = z.object({ items: z.array(OrderRequestSchema), total: z.number().int() });
export type OrderRequestList = z.infer<typeof OrderRequestListSchema>;

export const UpdateOrderRequestBodySchema = z.object({ status: OrderRequestStatusSchema }).strict();
export type UpdateOrderRequestBody = z.infer<typeof UpdateOrderRequestBodySchema>;
