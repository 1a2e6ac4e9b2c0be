import type { Db } from '../../platform/db/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Notify } from '../../platform/notify/notify.js';
import type { Delivery } from '../../platform/notify/delivery.js';
import { sendPermitReminders } from './permits.reminders.js';

export const PERMIT_REMINDER_QUEUE = 'product-permit-reminders';
const HOURLY = '0 * * * *';

/** Every hour: remind the units of permits nearing expiry, then hand the messages to delivery (email, webhook). */
export async function registerProductJobs(
  jobs: Jobs,
  deps: { db: Db; notify: Notify; clock: () => Date; delivery: Pick<Delivery, 'dispatch'> },
) {
  const { db, notify, clock, delivery } = deps;
  await jobs.work(PERMIT_REMINDER_QUEUE, async () => {
    await sendPermitReminders({ db, notify }, clock());
    await delivery.dispatch();
  });
  await jobs.schedule(PERMIT_REMINDER_QUEUE, HOURLY);
}
