import { eq } from 'drizzle-orm';
import { CreateMeetingBodySchema, SaveMinutesBodySchema } from '@selaras/contracts';
import type { Db } from './platform/db/index.js';
import { createAudit } from './platform/audit/audit.js';
import type { Principal } from './platform/auth/principal.js';
import { orgUnits } from './modules/org-units/index.js';
import { createDirectivesService } from './modules/directives/index.js';
import { createMeetingsService, linkDecisionDirectives } from './modules/meetings/index.js';
import { DEMO_DIRECTIVES } from './demo-directives.js';

const START = Date.parse('2025-08-29T02:00:00Z'); // 09.00 WIB
const MINUTE = 60_000;

type DemoMeetingDeps = {
  principalOf: (username: string) => Promise<Principal>;
  next: () => number;
  /** The five directives already issued, in the order of the decisions. */
  directiveIds: string[];
};

/**
 * The 29 August 2025 virtual meeting, invited to every UPT: most units checked in with their staff,
 * a few were recorded afterwards by HQ (connection trouble), some stayed away; the minutes' five
 * decisions link to the five demo directives.
 */
export async function seedDemoMeeting(db: Db, deps: DemoMeetingDeps): Promise<void> {
  let now = new Date(START - 2 * 86_400_000);
  const clock = () => now;
  const audit = createAudit({ clock });
  const service = createMeetingsService({ db, audit, clock, directivesOn: (handle) => createDirectivesService({ db: handle, audit, clock }) });
  const dirjen = await deps.principalOf('dirjen');
  const [chair] = await service.chairOptions(dirjen, 'Direktur Jenderal');
  if (!chair) throw new Error('the demo Dirjen position is missing');
  const meeting = await service.create(
    dirjen,
    CreateMeetingBodySchema.parse({
      title: 'Rapat virtual Dirjenpas dengan seluruh Kanwil dan UPT',
      startLocal: '2025-08-29T09:00',
      timezone: 'Asia/Jakarta',
      durationMinutes: 120,
      mode: 'virtual',
      link: 'https://zoom.us/j/2908202509',
      agenda: 'Arahan Dirjenpas: pembinaan berdampak, penanaman kelapa serentak, Kamtib, Inkopasindo dan produk unggulan, kesungguhan bekerja.',
      chairPositionId: chair.positionId,
      target: { mode: 'filter' },
    }),
  );
  const { units } = await service.attendance(dirjen, meeting.id);
  const late: string[] = [];
  for (const unit of units) {
    const draw = deps.next();
    if (draw > 0.88) continue;
    if (draw < 0.05) {
      late.push(unit.unitId);
      continue;
    }
    const [row] = await db.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.id, unit.unitId));
    const operator = await deps.principalOf(`operator.${row?.code ?? ''}`).catch(() => null);
    if (!operator) continue;
    now = new Date(START - 25 * MINUTE + Math.floor(deps.next() * 40) * MINUTE);
    await service.checkIn(operator, meeting.id, { staffCount: 3 + Math.floor(deps.next() * 22) });
  }
  now = new Date(START + 3 * 60 * MINUTE);
  for (const unitId of late) await service.recordAttendance(dirjen, meeting.id, unitId, { staffCount: 2 + Math.floor(deps.next() * 6) });
  await service.saveMinutes(
    dirjen,
    meeting.id,
    SaveMinutesBodySchema.parse({
      text: 'Rapat dipimpin Dirjenpas dan diikuti seluruh Kanwil dan UPT secara virtual. Dirjenpas menyampaikan lima arahan yang wajib ditindaklanjuti seluruh jajaran.',
      decisions: DEMO_DIRECTIVES.map((d) => ({ title: String(d.body.title), body: String(d.body.body) })),
    }),
  );
  await linkDecisionDirectives(db, meeting.id, deps.directiveIds);
}
