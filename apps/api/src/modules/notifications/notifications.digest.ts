import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Notify } from '../../platform/notify/notify.js';
import { digestLines, type DigestLine } from '../directives/index.js';
import { digestsSent } from './notifications.table.js';
import { digestRecipients, type PositionRecipient } from './notifications.recipients.js';
import { digestPeriod } from './notifications.time.js';

export type DigestSchedule = { digest: 'daily' | 'weekly'; hour: number };

function line(l: DigestLine): string {
  return `• ${l.title}: ${l.reported}/${l.targets} dilaporkan, ${l.verified} terverifikasi, ${l.overdue} terlambat`;
}

/** Kanwil and HQ leaders and verifiers get one summary per period of the open directives in their subtree. */
export function createDigest(deps: { db: Db; notify: Notify; schedule: DigestSchedule }) {
  const { db, notify, schedule } = deps;
  const label = schedule.digest === 'daily' ? 'harian' : 'mingguan';

  async function send(r: PositionRecipient, period: string, now: Date): Promise<boolean> {
    const [already] = await db
      .select({ id: digestsSent.positionId })
      .from(digestsSent)
      .where(and(eq(digestsSent.positionId, r.positionId), eq(digestsSent.period, period)));
    if (already) return false;
    const lines = await digestLines(db, r.unitPath, now);
    if (lines.length === 0) return false;
    return db.transaction(async (tx) => {
      const won = await tx
        .insert(digestsSent)
        .values({ positionId: r.positionId, period })
        .onConflictDoNothing()
        .returning({ id: digestsSent.positionId });
      if (won.length === 0) return false;
      await notify(tx, {
        kind: 'digest',
        title: `Ringkasan ${label} tindak lanjut arahan (${period.replace('week-', 'pekan ')})`,
        body: [`${lines.length} arahan masih terbuka di wilayah Anda:`, ...lines.map(line)].join('\n'),
        link: '/directives',
        dedupeKey: `digest:${r.positionId}:${period}`,
        recipients: [r],
      });
      return true;
    });
  }

  /** Sends each due digest once per position and period; returns how many this runner sent. */
  async function runDigest(now: Date): Promise<number> {
    let sent = 0;
    for (const r of await digestRecipients(db)) {
      const period = digestPeriod(now, r.unitTimezone, schedule.digest, schedule.hour);
      if (period && (await send(r, period, now))) sent += 1;
    }
    return sent;
  }

  return { runDigest };
}
