import type { Db } from '../../platform/db/index.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import type { Notify } from '../../platform/notify/notify.js';
import type { Delivery } from '../../platform/notify/delivery.js';
import { createEscalation } from './incidents.escalation.js';

export const ESCALATION_QUEUE = 'incident-escalation-tick';
const EVERY_MINUTE = '* * * * *';

/**
 * Every minute: send incident alerts that came due, repeat and escalate the unacknowledged ones, then hand
 * what they wrote to the outbox over to delivery (email, webhook), as the reminder tick does.
 */
export async function registerIncidentJobs(
  jobs: Jobs,
  deps: { db: Db; notify: Notify; clock: () => Date; delivery: Pick<Delivery, 'dispatch'> },
) {
  const { db, notify, clock, delivery } = deps;
  const escalation = createEscalation({ db, notify, clock });
  await jobs.work(ESCALATION_QUEUE, async () => {
    await escalation.runEscalations(clock());
    await delivery.dispatch();
  });
  await jobs.schedule(ESCALATION_QUEUE, EVERY_MINUTE);
  return { escalation };
}
