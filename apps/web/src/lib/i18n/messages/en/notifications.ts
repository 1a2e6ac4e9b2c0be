import type { notificationsId } from '../notifications';

export const notificationsEn: Record<keyof typeof notificationsId, string> = {
  'nav.notifications': 'Notifications',
  'notifications.title': 'Notifications',
  'notifications.description': 'Reminders, escalations and digests for you. Times are shown in {zone}.',
  'notifications.unreadCount': '{count} unread',
  'notifications.unread': 'Unread',
  'notifications.onlyUnread': 'Unread only',
  'notifications.markRead': 'Mark as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.open': 'Open',
  'notifications.empty': 'No notifications.',
  'notifications.badge.unread': 'Notifications: {count} unread',
  'notifications.badge.none': 'Notifications: none unread',
  'share.whatsapp': 'Share on WhatsApp',
  'share.status': 'Status',
  'share.due': 'Due',
  'share.link': 'Link',
};
