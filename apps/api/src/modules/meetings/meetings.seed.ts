import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { meetings } from './meetings.table.js';

/**
 * Demo data only: links decisions to directives that were issued before the minutes were written
 * (the record of a meeting held before Selaras existed). Decision i gets directiveIds[i].
 */
export async function linkDecisionDirectives(db: Db, meetingId: string, directiveIds: string[]): Promise<void> {
  const [meeting] = await db.select({ decisions: meetings.decisions }).from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw new Error(`meeting ${meetingId} is missing`);
  const decisions = meeting.decisions.map((d, i) => ({ ...d, directiveId: directiveIds[i] ?? d.directiveId }));
  await db.update(meetings).set({ decisions }).where(eq(meetings.id, meetingId));
}
