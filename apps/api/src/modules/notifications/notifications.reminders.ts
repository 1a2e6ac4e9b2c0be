import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Notify } from '../../platform/notify/notify.js';
import { findDueReminders, type ReminderCandidate } from '../directives/index.js';
import { remindersSent } from './notifications.table.js';
import { resolveRecipients } from './notifications.recipients.js';
import { localTime } from './notifications.time.js';

/** A scheduler that was down catches up on reminders no older than this, and skips the rest. */
const CATCH_UP_HOURS = 24;

function message(c: ReminderCandidate) {
  const due = localTime(c.dueAt, c.unitTimezone);
  if (c.offsetDays > 0) {
    return {
      kind: 'reminder.overdue',
      title: `Terlambat: ${c.directiveTitle}`,
      body: `Tindak lanjut ${c.unitName} belum dilaporkan. Batas waktu ${due} telah lewat.`,
    };
  }
  const when = c.offsetDays === 0 ? 'hari ini' : `${-c.offsetDays} hari lagi`;
  return {
    kind: 'reminder.due',
    title: `Pengingat: ${c.directiveTitle}`,
    body: `Tindak lanjut ${c.unitName} jatuh tempo ${when}, ${due}.`,
  };
}

/** Reminders for unreported follow-ups, each (assignment, offset) exactly once however many runners tick. */
export function createReminders(deps: { db: Db; notify: Notify; offsetsDays: number[] }) {
  const { db, notify, offsetsDays } = deps;

  async function remind(c: ReminderCandidate): Promise<boolean> {
    return db.transaction(async (tx) => {
      const won = await tx
        .insert(remindersSent)
        .values({ assignmentId: c.assignmentId, kind: `offset:${c.offsetDays}` })
        .onConflictDoNothing()
        .returning({ id: remindersSent.assignmentId });
      if (won.length === 0) return false;
      const unit = await resolveRecipients(tx, { unitIds: [c.unitId], permission: 'reports:submit' });
      const escalate = c.offsetDays > 0 && c.parentUnitId ? await resolveRecipients(tx, { unitIds: [c.parentUnitId], roles: ['leader'] }) : [];
      await notify(tx, {
        ...message(c),
        recipients: [...unit, ...escalate],
        link: `/assignments/${c.assignmentId}`,
        dedupeKey: `reminder:${c.assignmentId}:${c.offsetDays}`,
      });
      return true;
    });
  }

  /** Candidates whose reminder is not yet recorded (the insert in `remind` still decides races). */
  async function unsent(candidates: ReminderCandidate[], days: number): Promise<ReminderCandidate[]> {
    if (candidates.length === 0) return [];
    const done = await db
      .select({ id: remindersSent.assignmentId })
      .from(remindersSent)
      .where(and(eq(remindersSent.kind, `offset:${days}`), inArray(remindersSent.assignmentId, candidates.map((c) => c.assignmentId))));
    const seen = new Set(done.map((d) => d.id));
    return candidates.filter((c) => !seen.has(c.assignmentId));
  }

  /** Sends the reminders reached at `now`; returns how many this runner sent. */
  async function runReminders(now: Date): Promise<number> {
    let sent = 0;
    for (const days of offsetsDays) {
      for (const candidate of await unsent(await findDueReminders(db, now, days, CATCH_UP_HOURS), days)) {
        if (await remind(candidate)) sent += 1;
      }
    }
    return sent;
  }

  return { runReminders };
}

