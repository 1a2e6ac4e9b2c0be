import { z } from 'zod';
import { ProgrammeTrackSchema } from '@selaras/contracts';

export const ProgrammesSearchSchema = z.object({
  track: ProgrammeTrackSchema.optional().catch(undefined),
  active: z.enum(['true', 'false']).optional().catch(undefined),
});
export type ProgrammesSearch = z.infer<typeof ProgrammesSearchSchema>;
