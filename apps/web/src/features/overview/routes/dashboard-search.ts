import { z } from 'zod';

/** The dashboard's filters live in the address, so a reload or a shared link keeps them. */
export const DashboardSearchSchema = z.object({
  directiveId: z.uuid().optional().catch(undefined),
  tag: z.string().trim().min(1).max(60).optional().catch(undefined),
});
export type DashboardSearch = z.infer<typeof DashboardSearchSchema>;
