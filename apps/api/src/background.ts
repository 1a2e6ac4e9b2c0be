import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import { createJobs, type Jobs } from './platform/jobs/jobs.js';
import { registerNotificationJobs } from './modules/notifications/index.js';

/** The scheduled work of one instance: pg-boss on the application database, with every module's jobs. */
export async function startBackground(deps: {
  config: Config;
  database: Database;
  clock?: () => Date;
  onError: (err: Error) => void;
}): Promise<Jobs> {
  const jobs = createJobs(deps.database);
  jobs.onError(deps.onError);
  await jobs.start();
  await registerNotificationJobs(jobs, { db: deps.database.db, config: deps.config, clock: deps.clock ?? (() => new Date()) });
  return jobs;
}
