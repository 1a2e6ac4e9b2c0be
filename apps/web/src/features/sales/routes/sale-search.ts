import { z } from 'zod';

export const SaleSearchSchema = z.object({ saved: z.boolean().optional().catch(undefined) });
