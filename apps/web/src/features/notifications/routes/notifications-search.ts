import { z } from 'zod';

export const NotificationsSearchSchema = z.object({
  unread: z.boolean().optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type NotificationsSearch = z.infer<typeof NotificationsSearchSchema>;

export const NOTIFICATIONS_PAGE_SIZE = 20;
