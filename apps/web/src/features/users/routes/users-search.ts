import { z } from 'zod';

export const UsersSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
  /** The user whose editor is open. */
  user: z.uuid().optional().catch(undefined),
  /** Whether the create form is open. */
  create: z.boolean().optional().catch(undefined),
});
export type UsersSearch = z.infer<typeof UsersSearchSchema>;

export const USERS_PAGE_SIZE = 25;
