import { z } from 'zod';

export const DirectivesSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['draft', 'issued']).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type DirectivesSearch = z.infer<typeof DirectivesSearchSchema>;

export const DIRECTIVES_PAGE_SIZE = 25;
