import { z } from 'zod';

/** `unit`: the Kanwil (or UPT) HQ is looking into. */
export const CooperativeSearchSchema = z.object({ unit: z.uuid().optional().catch(undefined) });
export type CooperativeSearch = z.infer<typeof CooperativeSearchSchema>;
