import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ markRead: z.boolean() }),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const ListNotificationsQuerySchema = PageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional(),
}).strict();
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuerySchema>;

export const NotificationPageSchema = pageOf(NotificationSchema).extend({ unreadCount: z.number().int() });
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const ReadAllResultSchema = z.object({ marked: z.number().int(), unreadCount: z.number().int() });
export type ReadAllResult = z.infer<typeof ReadAllResultSchema>;
