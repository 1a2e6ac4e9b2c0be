import { z } from 'zod';

const Day = z.iso.date().optional().catch(undefined);
export const CommunitySearchSchema = z.object({ from: Day, to: Day });
export type CommunitySearch = z.infer<typeof CommunitySearchSchema>;
