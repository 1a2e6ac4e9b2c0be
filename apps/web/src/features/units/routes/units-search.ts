import { z } from 'zod';
import { UnitKindSchema, UptTypeSchema } from '@selaras/contracts';

export const UnitsSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: UnitKindSchema.optional().catch(undefined),
  type: UptTypeSchema.optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type UnitsSearch = z.infer<typeof UnitsSearchSchema>;

export const UNITS_PAGE_SIZE = 25;
