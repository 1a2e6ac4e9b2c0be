import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import * as q from './meetings.queries.js';
import { canManage } from './meetings.policy.js';
import * as errors from './meetings.errors.js';

/** Locks a meeting the caller sees and runs, for a write by the organiser: 404 outside scope, 403 when not theirs. */
export async function lockManagedMeeting(tx: Db, principal: Principal, id: string): Promise<q.MeetingRow> {
  const meeting = await q.lockMeeting(tx, principal.position.unitPath, id);
  if (!meeting) throw errors.meetingNotFound();
  if (!canManage(principal, meeting)) throw errors.cannotManage();
  return meeting;
}
