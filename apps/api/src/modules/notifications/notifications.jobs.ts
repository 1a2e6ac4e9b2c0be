import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { createNotify } from '../../platform/notify/notify.js';
import { createDelivery } from '../../platform/notify/delivery.js';
import { createReminders } from './notifications.reminders.js';
import { createDigest } from './notifications.digest.js';

export const REMINDERS_QUEUE = 'reminders-tick';
export const DIGEST_QUEUE = 'digest-tick';
const EVERY_TEN_MINUTES = '*/10 * * * *';

type JobsConfig = Pick<Config, 'smtp' | 'webhook' | 'reminderOffsetsDays' | 'digest' | 'digestHour'>;

/** Reminders and digests every 10 minutes, then delivery of what they wrote to the outside channels. */
export async function registerNotificationJobs(jobs: Jobs, deps: { db: Db; config: JobsConfig; clock: () => Date }) {
  const { db, config, clock } = deps;
  const notify = createNotify({ email: config.smtp !== null, webhook: config.webhook !== null });
  const delivery = createDelivery({ db, jobs, config, clock });
  const reminders = createReminders({ db, notify, offsetsDays: config.reminderOffsetsDays });
  const digest = createDigest({ db, notify, schedule: { digest: config.digest, hour: config.digestHour } });

  await delivery.register();
  await jobs.work(REMINDERS_QUEUE, async () => {
    await reminders.runReminders(clock());
    await delivery.dispatch();
  });
  await jobs.work(DIGEST_QUEUE, async () => {
    await digest.runDigest(clock());
    await delivery.dispatch();
  });
  await jobs.schedule(REMINDERS_QUEUE, EVERY_TEN_MINUTES);
  await jobs.schedule(DIGEST_QUEUE, EVERY_TEN_MINUTES);
  return { reminders, digest, delivery };
}
