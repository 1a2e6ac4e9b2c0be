import type { AuditAction } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import type { ProgrammeRow } from './programmes.queries.js';
import { countActive } from './programmes.queries.js';
import * as en from './programmes.enrolments.queries.js';
import { schedulesClash } from './programmes.timetable.js';

/** One write under the programme's lock: the transaction, the locked row, the moment, the unit's local today. */
export type SeatContext = { tx: Db; programme: ProgrammeRow; now: Date; today: string; principal: Principal };

/** The other programme an inmate is active in whose timetable clashes with this one, if any. */
export async function clashFor(ctx: SeatContext, inmateId: string): Promise<string | null> {
  const others = await en.activeParticipations(ctx.tx, [inmateId], ctx.programme.id);
  const hit = others.find((o) => schedulesClash(o, ctx.programme));
  return hit?.name ?? null;
}

export async function recordEnrolmentChange(audit: Audit, ctx: SeatContext, summary: Record<string, unknown>): Promise<void> {
  const action: AuditAction = 'programmes.enrolment_changed';
  await audit.record(ctx.tx, auditActor(ctx.principal), {
    action,
    subjectType: 'programme',
    subjectId: ctx.programme.id,
    unitId: ctx.programme.unitId,
    unitPath: ctx.programme.unitPath,
    summary: { name: ctx.programme.name, ...summary },
  });
}

/**
 * Fills free seats from the waitlist, oldest first, skipping anyone no longer in the register as active or whose
 * other active programme clashes; returns the ids of the enrolments it made active.
 */
export async function promoteWaitlisted(audit: Audit, ctx: SeatContext): Promise<string[]> {
  let free = ctx.programme.capacity - (await countActive(ctx.tx, ctx.programme.id));
  if (free <= 0) return [];
  const promoted: string[] = [];
  for (const w of await en.waitlist(ctx.tx, ctx.programme.id)) {
    if (free <= 0) break;
    if (w.inmateStatus !== 'aktif') continue;
    if (await clashFor(ctx, w.enrolment.inmateId)) continue;
    await en.updateEnrolment(ctx.tx, w.enrolment.id, { status: 'aktif', reason: null, enrolledOn: ctx.today, updatedAt: ctx.now });
    await recordEnrolmentChange(audit, ctx, {
      enrolmentId: w.enrolment.id,
      pseudonym: w.pseudonym,
      from: 'daftar_tunggu',
      to: 'aktif',
      promoted: true,
    });
    promoted.push(w.enrolment.id);
    free -= 1;
  }
  return promoted;
}
