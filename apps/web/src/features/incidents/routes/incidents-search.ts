import { z } from 'zod';
import { IncidentStatusSchema } from '@selaras/contracts';

export const IncidentsSearchSchema = z.object({
  status: z
    .union([IncidentStatusSchema, z.literal('open')])
    .optional()
    .catch(undefined),
  categoryId: z.uuid().optional().catch(undefined),
  serious: z.enum(['true', 'false']).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type IncidentsSearch = z.infer<typeof IncidentsSearchSchema>;

export const INCIDENTS_PAGE_SIZE = 25;
