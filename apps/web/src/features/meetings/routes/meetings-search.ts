import { z } from 'zod';

export const MeetingsSearchSchema = z.object({
  when: z.enum(['upcoming', 'past']).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type MeetingsSearch = z.infer<typeof MeetingsSearchSchema>;

export const MEETINGS_PAGE_SIZE = 25;
