import { z } from 'zod';

/** `unit`: the Kanwil HQ is looking into; `upt`: one UPT's cooperative, opened from a table. */
export const CooperativeSearchSchema = z.object({ unit: z.uuid().optional().catch(undefined), upt: z.uuid().optional().catch(undefined) });
export type CooperativeSearch = z.infer<typeof CooperativeSearchSchema>;
