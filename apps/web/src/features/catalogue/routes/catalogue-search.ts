import { z } from 'zod';
import { PRODUCT_CATEGORIES } from '@selaras/contracts';

export const CatalogueSearchSchema = z.object({
  category: z.enum(PRODUCT_CATEGORIES).optional().catch(undefined),
  kanwilId: z.uuid().optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});
export type CatalogueSearch = z.infer<typeof CatalogueSearchSchema>;
