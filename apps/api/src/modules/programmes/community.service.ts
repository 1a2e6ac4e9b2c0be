import {
  COMMUNITY_KINDS,
  COMMUNITY_LIST_MAX,
  type CommunityActivity,
  type CommunityActivityList,
  type CommunitySummary,
  type CommunitySummaryQuery,
  type CreateCommunityActivityBody,
  type ListCommunityActivitiesQuery,
} from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import { wallClock } from '../../platform/wall-clock.js';
import { communityActivities } from './programmes.table.js';
import { findUnitProgramme } from './outcomes.queries.js';
import { roundHours } from './outcomes.mappers.js';
import * as q from './community.queries.js';
import * as errors from './community.errors.js';

export type CommunityDeps = { db: Db; audit: Audit; clock: () => Date };

function toActivity({ activity: a, unitName, programmeName }: q.ActivityRow): CommunityActivity {
  return {
    id: a.id,
    unitId: a.unitId,
    unitName,
    programmeId: a.programmeId,
    programmeName: programmeName ?? null,
    date: a.date,
    kind: a.kind,
    title: a.title,
    description: a.description,
    partner: a.partner,
    peopleReached: a.peopleReached,
    inmatesInvolved: a.inmatesInvolved,
    hours: a.hours,
    inmateHours: roundHours(a.inmatesInvolved * a.hours),
    productsDelivered: a.productsDelivered,
    createdAt: a.createdAt.toISOString(),
  };
}

const plausible = (day: string | undefined) => day === undefined || (day >= '2000-01-01' && day <= '2100-12-31');
function checkRange(range: { from?: string; to?: string }): void {
  if (!plausible(range.from) || !plausible(range.to)) throw errors.badRange();
  if (range.from && range.to && range.from > range.to) throw errors.badRange();
}

const withHours = <T extends { inmateHours: number }>(row: T): T => ({ ...row, inmateHours: roundHours(Number(row.inmateHours)) });

export function createCommunityService(deps: CommunityDeps) {
  const { db, audit, clock } = deps;

  /** A unit in the caller's subtree (404 outside it); the caller's own unit when none is named. */
  async function unitInScope(principal: Principal, unitId: string | undefined): Promise<q.CommunityUnit> {
    const unit = await q.findUnit(db, unitId ?? principal.position.unitId);
    if (!unit || !inScope(principal, unit.path)) throw errors.unitNotFound();
    return unit;
  }

  async function list(principal: Principal, query: ListCommunityActivitiesQuery): Promise<CommunityActivityList> {
    checkRange(query);
    const scopePath = query.unitId ? (await unitInScope(principal, query.unitId)).path : principal.position.unitPath;
    const rows = await q.listActivities(db, q.activityFilter(scopePath, query.from, query.to), COMMUNITY_LIST_MAX + 1);
    return {
      items: rows.slice(0, COMMUNITY_LIST_MAX).map(toActivity),
      truncated: rows.length > COMMUNITY_LIST_MAX,
      abilities: { record: can(principal, 'programmes:manage') },
    };
  }

  /** An activity that reached the community, on behalf of one UPT in scope; dated no later than its today. */
  async function record(principal: Principal, body: CreateCommunityActivityBody): Promise<CommunityActivity> {
    if (!can(principal, 'programmes:manage')) throw errors.cannotRecord();
    const unit = await unitInScope(principal, body.unitId);
    if (unit.kind !== 'upt') throw errors.notAUpt();
    if (body.date > wallClock(clock(), unit.timezone).slice(0, 10)) throw errors.dateInFuture();
    if (body.date < '2000-01-01') throw errors.dateTooEarly();
    return db.transaction(async (tx) => {
      let programmeName: string | null = null;
      if (body.programmeId) {
        const programme = await findUnitProgramme(tx, unit.id, body.programmeId);
        if (!programme) throw errors.programmeOfOtherUnit();
        programmeName = programme.name;
      }
      const [row] = await tx
        .insert(communityActivities)
        .values({
          unitId: unit.id,
          unitPath: unit.path,
          programmeId: body.programmeId ?? null,
          date: body.date,
          kind: body.kind,
          title: body.title,
          description: body.description || null,
          partner: body.partner ?? null,
          peopleReached: body.peopleReached,
          inmatesInvolved: body.inmatesInvolved,
          hours: body.hours,
          productsDelivered: body.productsDelivered ?? null,
          createdByUserId: principal.userId,
        })
        .returning();
      if (!row) throw new Error('community activity insert returned nothing');
      await audit.record(tx, auditActor(principal), {
        action: 'programmes.community_recorded',
        subjectType: 'community_activity',
        subjectId: row.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { kind: body.kind, title: body.title, date: body.date, peopleReached: body.peopleReached },
      });
      return toActivity({ activity: row, unitName: unit.name, programmeName });
    });
  }

  /** Totals over the caller's subtree: by kind, and by Kanwil at HQ or by unit below. */
  async function summary(principal: Principal, query: CommunitySummaryQuery): Promise<CommunitySummary> {
    checkRange(query);
    const where = q.activityFilter(principal.position.unitPath, query.from, query.to);
    const kind = principal.position.unitKind;
    const per = kind === 'hq' || kind === 'ministry' ? 'kanwil' : 'unit';
    const [totals, kinds, units] = await Promise.all([q.totalsOf(db, where), q.byKind(db, where), q.byUnit(db, where, per)]);
    const zero = { activities: 0, peopleReached: 0, inmateHours: 0, productsDelivered: 0 };
    return {
      per,
      totals: withHours(totals),
      byKind: COMMUNITY_KINDS.map((k) => withHours({ kind: k, ...zero, ...kinds.find((row) => row.kind === k) })),
      byUnit: units.map(withHours),
    };
  }

  return { list, record, summary };
}
export type CommunityService = ReturnType<typeof createCommunityService>;
