import { z } from 'zod';
import { InmateCategorySchema, InmateSexSchema, InmateStatusSchema } from '@selaras/contracts';

export const InmatesSearchSchema = z.object({
  unitId: z.uuid().optional().catch(undefined),
  status: InmateStatusSchema.optional().catch(undefined),
  category: InmateCategorySchema.optional().catch(undefined),
  sex: InmateSexSchema.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type InmatesSearch = z.infer<typeof InmatesSearchSchema>;

export const INMATES_PAGE_SIZE = 25;
