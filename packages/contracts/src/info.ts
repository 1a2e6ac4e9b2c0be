import { z } from 'zod';

export const InfoSchema = z.object({
  name: z.literal('Selaras'),
  version: z.string(),
  commit: z.string().nullable(),
  database: z.enum(['pglite', 'postgres']),
  demo: z.boolean(),
});
