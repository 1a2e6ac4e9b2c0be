import { eq } from 'drizzle-orm';
import { CreateDirectiveBodySchema, type CloseIncidentBody, type ReviewBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { can, type Principal } from '../../platform/auth/principal.js';
import type { DirectivesService } from '../directives/index.js';
import { findCategory } from './incident-catalogue.queries.js';
import { incidents } from './incidents.table.js';
import { findUnit, type IncidentRow } from './incidents.queries.js';
import { isClosed, mayClose, mayWrite } from './incidents.policy.js';
import type { WriteContext, Writer } from './incidents.writes.js';
import * as errors from './incidents.errors.js';

const FOLLOW_UP_DAYS = 14;

/** The date `days` after `now` in the unit's zone, as YYYY-MM-DD. */
function localDatePlus(now: Date, days: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now.getTime() + days * 86_400_000));
}

/** The post-incident review by the unit, and the closing by the Kanwil or HQ. */
export function createClosing(deps: { writer: Writer; directivesOn: (db: Db) => DirectivesService }) {
  const { writer, directivesOn } = deps;
  const { write, log, record } = writer;

  /** The unit (or above) writes, and may rewrite, the review once the incident has recovered. */
  async function saveReview(principal: Principal, id: string, body: ReviewBody) {
    const guard = (row: IncidentRow) => {
      if (!mayWrite(principal, row)) throw errors.cannotReview();
      if (isClosed(row)) throw errors.incidentClosed();
      if (row.status !== 'pulih') throw errors.reviewTooEarly();
    };
    await write(principal, id, guard, async (ctx) => {
      const review = { ...body, submittedAt: ctx.now.toISOString(), submittedByUserId: principal.userId, submittedByName: principal.name };
      await ctx.tx.update(incidents).set({ review }).where(eq(incidents.id, id));
      await log(ctx, { kind: 'review', summary: `Kajian pascakejadian disimpan (${body.followUps.length} tindak lanjut)` });
      await record(ctx, 'incidents.reviewed', { followUps: body.followUps.length, rewritten: ctx.row.review !== null });
    });
  }

  /** One issued directive per follow-up of the review, to the incident's unit. */
  async function issueFollowUps(ctx: WriteContext, review: ReviewBody): Promise<string[]> {
    const directives = directivesOn(ctx.tx);
    const category = await findCategory(ctx.tx, ctx.row.categoryId);
    const timezone = (await findUnit(ctx.tx, ctx.row.unitId))?.timezone ?? 'Asia/Jakarta';
    const ids: string[] = [];
    for (const followUp of review.followUps) {
      const dueDate = followUp.dueDate ?? localDatePlus(ctx.now, FOLLOW_UP_DAYS, timezone);
      const draft = await directives.create(
        ctx.principal,
        CreateDirectiveBodySchema.parse({
          source: 'instruction',
          reference: ctx.row.number,
          title: followUp.title,
          body: `Tindak lanjut kajian kejadian ${ctx.row.number} (${category?.name ?? 'kamtib'}): ${followUp.title}. Sebab: ${review.cause}`.slice(0, 20_000),
          category: 'Kamtib',
          tags: ['kamtib', 'tindak-lanjut-kejadian'],
          priority: 'high',
          target: { mode: 'list', unitIds: [ctx.row.unitId] },
          due: { local: `${dueDate}T12:00`, zone: 'unit' },
        }),
      );
      await directives.issue(ctx.principal, draft.id);
      ids.push(draft.id);
    }
    return ids;
  }

  /** The Kanwil or HQ closes a recovered, reviewed incident; follow-ups may go out as directives at once. */
  async function close(principal: Principal, id: string, body: CloseIncidentBody) {
    const guard = (row: IncidentRow) => {
      if (!mayClose(principal, row)) throw errors.cannotClose();
      if (isClosed(row)) throw errors.incidentClosed();
      if (row.status !== 'pulih' || !row.review) throw errors.closeTooEarly();
      if (body.issueFollowUps && row.review.followUps.length > 0 && !can(principal, 'directives:issue')) throw errors.cannotIssueFollowUps();
    };
    await write(principal, id, guard, async (ctx) => {
      const review = ctx.row.review;
      const directiveIds = body.issueFollowUps && review ? await issueFollowUps(ctx, review) : [];
      await ctx.tx
        .update(incidents)
        .set({ status: 'ditutup', closedAt: ctx.now, closedByName: principal.name, followUpDirectiveIds: [...ctx.row.followUpDirectiveIds, ...directiveIds] })
        .where(eq(incidents.id, id));
      const issued = directiveIds.length > 0 ? ` (${directiveIds.length} tindak lanjut diterbitkan sebagai arahan)` : '';
      await log(ctx, { kind: 'closed', summary: `Kejadian ditutup${issued}`, note: body.note ?? null });
      await record(ctx, 'incidents.closed', { directiveIds });
    });
  }

  return { saveReview, close };
}
