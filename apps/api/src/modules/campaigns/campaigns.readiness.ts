import { and, eq, sql } from 'drizzle-orm';
import { READINESS_ITEMS, type UnitReadiness } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { groupBy } from '../../platform/collections.js';
import { orgUnits } from '../org-units/index.js';
import { campaignUnitProgress } from './campaigns.table.js';
import * as q from './campaigns.queries.js';
import { addDays, localDate } from './campaigns.time.js';
import type { createSites } from './campaigns.sites.js';
import * as errors from './campaigns.errors.js';

type Sites = ReturnType<typeof createSites>;
type ProgressRow = typeof campaignUnitProgress.$inferSelect;
type Checklist = Record<(typeof READINESS_ITEMS)[number], boolean>;

const complete = (stage: ProgressRow['h7']) => stage !== null && READINESS_ITEMS.every((k) => stage.items[k] === true);

/** The H-7 and H-1 checklists, the "mulai"/"selesai" check-ins on the day, and the readiness board above the units. */
export function createReadiness(deps: { db: Db; clock: () => Date; load: (p: Principal, id: string) => Promise<q.CampaignView>; sites: Sites }) {
  const { db, clock, load, sites } = deps;

  const stageOf = (s: ProgressRow['h7']) =>
    s ? { items: s.items as Checklist, documentationOfficer: s.documentationOfficer, updatedAt: s.updatedAt } : null;

  async function present(view: q.CampaignView, p: q.Participant): Promise<UnitReadiness> {
    const [row] = await db
      .select()
      .from(campaignUnitProgress)
      .where(and(eq(campaignUnitProgress.campaignId, view.campaign.id), eq(campaignUnitProgress.unitId, p.unitId)));
    return {
      unitId: p.unitId,
      unitName: p.unitName,
      h7: stageOf(row?.h7 ?? null),
      h1: stageOf(row?.h1 ?? null),
      startedAt: row?.startedAt?.toISOString() ?? null,
      finishedAt: row?.finishedAt?.toISOString() ?? null,
    };
  }

  async function participantOf(principal: Principal, view: q.CampaignView, unitId: string | undefined, work: boolean) {
    const id = unitId ?? principal.position.unitId;
    if (work) return sites.participantFor(principal, view, id, { editable: false });
    const p = await q.findParticipant(db, view.campaign.directiveId, id);
    if (!p || !p.unitPath.startsWith(principal.position.unitPath)) throw errors.notATarget();
    return p;
  }

  async function get(principal: Principal, id: string, unitId?: string) {
    const view = await load(principal, id);
    return present(view, await participantOf(principal, view, unitId, false));
  }

  async function upsert(view: q.CampaignView, p: q.Participant, set: Partial<ProgressRow>, tx: Db) {
    await tx
      .insert(campaignUnitProgress)
      .values({ campaignId: view.campaign.id, unitId: p.unitId, unitPath: p.unitPath, ...set })
      .onConflictDoUpdate({ target: [campaignUnitProgress.campaignId, campaignUnitProgress.unitId], set });
  }

  async function save(principal: Principal, id: string, stage: 'h7' | 'h1', body: { unitId?: string; items: Checklist; documentationOfficer?: string }) {
    const view = await load(principal, id);
    const p = await participantOf(principal, view, body.unitId, true);
    const state = { items: body.items, documentationOfficer: body.documentationOfficer ?? null, updatedAt: clock().toISOString(), updatedByUserId: principal.userId };
    await db.transaction(async (tx) => {
      await upsert(view, p, { [stage]: state }, tx);
      await sites.record(tx, principal, 'campaigns.readiness_saved', { id: view.campaign.id, unitId: p.unitId, unitPath: p.unitPath }, { stage, ...body.items }, 'campaign');
    });
    return present(view, p);
  }

  /** "Mulai" and "selesai" on the day itself (or the day before, as some regions plant early), on the unit's own clock. */
  async function checkIn(principal: Principal, id: string, body: { unitId?: string; kind: 'mulai' | 'selesai' }) {
    const view = await load(principal, id);
    const p = await participantOf(principal, view, body.unitId, true);
    const now = clock();
    const today = localDate(now, p.timezone);
    if (today !== view.campaign.eventDate && today !== addDays(view.campaign.eventDate, -1)) throw errors.checkInOutsideDay(view.campaign.eventDate, today);
    const current = await present(view, p);
    if (body.kind === 'selesai' && !current.startedAt) throw errors.finishBeforeStart();
    await db.transaction(async (tx) => {
      await upsert(view, p, body.kind === 'mulai' ? { startedAt: now } : { finishedAt: now }, tx);
      await sites.record(tx, principal, 'campaigns.checked_in', { id: view.campaign.id, unitId: p.unitId, unitPath: p.unitPath }, { kind: body.kind }, 'campaign');
    });
    return present(view, p);
  }

  /** Per Kanwil (for HQ) or per UPT (for a Kanwil): how many units have each item ready, and who has started or finished. */
  async function board(principal: Principal, id: string, parentId?: string) {
    const view = await load(principal, id);
    const parentUnitId = parentId ?? principal.position.unitId;
    const [parent] = await db.select({ id: orgUnits.id, kind: orgUnits.kind, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, parentUnitId));
    if (!parent || !parent.path.startsWith(principal.position.unitPath)) throw errors.campaignNotFound();
    const participants = await q.listParticipants(db, view.campaign.directiveId, parent.path);
    const progress = await db
      .select()
      .from(campaignUnitProgress)
      .where(and(eq(campaignUnitProgress.campaignId, view.campaign.id), sql`${campaignUnitProgress.unitPath} like ${`${parent.path}%`}`));
    const groupKey = (p: q.Participant) => (parent.kind === 'kanwil' || parent.kind === 'upt' ? p.unitId : (p.kanwilId ?? p.unitId));
    const groups = groupBy(participants, groupKey);
    const progressOf = new Map(progress.map((r) => [r.unitId, r]));
    const names = new Map(
      (await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(sql`${orgUnits.id} in ${[...groups.keys(), parent.id]}`)).map((u) => [u.id, u.name]),
    );
    const rows = [...groups.entries()].map(([unitId, members]) => {
      const states = members.map((m) => progressOf.get(m.unitId));
      const latest = states.map((s) => s?.h1 ?? s?.h7 ?? null);
      return {
        unitId,
        unitName: names.get(unitId) ?? '',
        units: members.length,
        h7Complete: states.filter((s) => complete(s?.h7 ?? null)).length,
        h1Complete: states.filter((s) => complete(s?.h1 ?? null)).length,
        items: Object.fromEntries(READINESS_ITEMS.map((k) => [k, latest.filter((l) => l?.items[k] === true).length])),
        started: states.filter((s) => s?.startedAt).length,
        finished: states.filter((s) => s?.finishedAt).length,
      };
    });
    return { parentId: parent.id, rows: rows.sort((a, b) => a.unitName.localeCompare(b.unitName, 'id')) };
  }

  return { get, save, checkIn, board };
}
