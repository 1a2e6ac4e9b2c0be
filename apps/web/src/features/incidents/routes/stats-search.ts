import { z } from 'zod';

/** The statistics' date range lives in the address, so a reload or a shared link keeps it. */
export const IncidentStatsSearchSchema = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});
export type IncidentStatsSearch = z.infer<typeof IncidentStatsSearchSchema>;
