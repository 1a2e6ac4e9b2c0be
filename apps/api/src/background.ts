import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import { createJobs, type Jobs } from './platform/jobs/jobs.js';
import { createNotify } from './platform/notify/notify.js';
import { registerNotificationJobs } from './modules/notifications/index.js';
import { registerIncidentJobs } from './modules/incidents/index.js';
import { registerProductJobs } from './modules/products/index.js';

/** The scheduled work of one instance: pg-boss on the application database, with every module's jobs. */
export async function startBackground(deps: {
  config: Config;
  database: Database;
  clock?: () => Date;
  onError: (err: Error) => void;
}): Promise<Jobs> {
  const { config, database } = deps;
  const clock = deps.clock ?? (() => new Date());
  const jobs = createJobs(database);
  jobs.onError(deps.onError);
  await jobs.start();
  const { delivery } = await registerNotificationJobs(jobs, { db: database.db, config, clock });
  const notify = createNotify({ email: config.smtp !== null, webhook: config.webhook !== null });
  await registerIncidentJobs(jobs, { db: database.db, notify, clock, delivery });
  await registerProductJobs(jobs, { db: database.db, notify, clock, delivery });
  return jobs;
}
