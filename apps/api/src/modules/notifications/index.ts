export { createNotificationsService, type NotificationsService } from './notifications.service.js';
export { notificationsRoutes } from './notifications.routes.js';
export { registerNotificationJobs, REMINDERS_QUEUE, DIGEST_QUEUE } from './notifications.jobs.js';
export { createReminders } from './notifications.reminders.js';
export { createDigest } from './notifications.digest.js';
export { resolveRecipients, type RecipientSpec } from './notifications.recipients.js';
export { remindersSent, digestsSent } from './notifications.table.js';
export { createAmendmentNotifier } from './notifications.amendments.js';
export { localTime } from './notifications.time.js';
