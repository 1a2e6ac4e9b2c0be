import { z } from 'zod';
import { ProductStageSchema } from '@selaras/contracts';

export const ProductsSearchSchema = z.object({
  stage: ProductStageSchema.optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type ProductsSearch = z.infer<typeof ProductsSearchSchema>;
