import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Allocations, SaveAllocationsBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, inScope, type Principal } from '../../platform/auth/principal.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments } from '../directives/index.js';
import { campaignAllocations } from './campaigns.table.js';
import { realisedOf, type CampaignView } from './campaigns.queries.js';
import { canAllocate } from './campaigns.policy.js';
import * as errors from './campaigns.errors.js';

type Unit = { id: string; name: string; kind: 'ministry' | 'hq' | 'kanwil' | 'upt'; path: string };

/** HQ splits the national target over the Kanwil, each Kanwil over its UPTs; the sums must reach the parent's target. */
export function createAllocations(deps: { db: Db; audit: Audit; load: (p: Principal, id: string) => Promise<CampaignView> }) {
  const { db, audit, load } = deps;

  async function unitById(tx: Db, id: string): Promise<Unit | null> {
    const [u] = await tx.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id));
    return u ?? null;
  }

  /** The default parent: the caller's Kanwil, or the issuing unit for HQ. */
  async function parentFor(tx: Db, principal: Principal, view: CampaignView, parentId?: string): Promise<Unit> {
    const id = parentId ?? (principal.position.unitKind === 'kanwil' || principal.position.unitKind === 'upt' ? principal.position.unitId : view.campaign.issuerUnitId);
    const unit = await unitById(tx, id);
    if (!unit || !(inScope(principal, unit.path) || (unit.id === view.campaign.issuerUnitId && inScope(principal, view.issuerUnitPath)))) {
      throw errors.campaignNotFound();
    }
    return unit;
  }

  /** The participating units directly under the parent for allocation: Kanwil under HQ, UPTs under a Kanwil. */
  async function childrenOf(tx: Db, view: CampaignView, parent: Unit): Promise<Unit[]> {
    if (parent.kind === 'upt') return [];
    const units = sql`(select distinct ${parent.kind === 'kanwil' ? orgUnits.id : orgUnits.kanwilId} as id from ${assignments}
      join ${orgUnits} on ${orgUnits.id} = ${assignments.unitId}
      where ${assignments.directiveId} = ${view.campaign.directiveId} and ${assignments.role} = 'follow_up'
        and ${assignments.windowNo} = 1 and ${withinPath(assignments.unitPath, parent.path)}
        ${parent.kind === 'kanwil' ? sql`and ${orgUnits.kanwilId} = ${parent.id}` : sql``})`;
    return tx
      .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path })
      .from(orgUnits)
      .where(sql`${orgUnits.id} in ${units}`)
      .orderBy(orgUnits.name);
  }

  async function targetOf(tx: Db, view: CampaignView, parent: Unit): Promise<number | null> {
    if (parent.id === view.campaign.issuerUnitId) return view.campaign.nationalTarget;
    const [row] = await tx
      .select({ target: campaignAllocations.target })
      .from(campaignAllocations)
      .where(and(eq(campaignAllocations.campaignId, view.campaign.id), eq(campaignAllocations.unitId, parent.id)));
    return row?.target ?? null;
  }

  async function figures(tx: Db, view: CampaignView, parent: Unit, children: Unit[]): Promise<Allocations['rows']> {
    if (children.length === 0) return [];
    const targets = await tx
      .select({ unitId: campaignAllocations.unitId, unitPath: campaignAllocations.unitPath, target: campaignAllocations.target })
      .from(campaignAllocations)
      .where(and(eq(campaignAllocations.campaignId, view.campaign.id), withinPath(campaignAllocations.unitPath, parent.path)));
    const realised = await tx
      .select({ unitPath: assignments.unitPath, status: assignments.status, value: realisedOf(assignments.latestValues, view.campaign.targetMetricKeys) })
      .from(assignments)
      .where(and(eq(assignments.directiveId, view.campaign.directiveId), eq(assignments.role, 'follow_up'), eq(assignments.windowNo, 1), withinPath(assignments.unitPath, parent.path)));
    return children.map((c) => {
      const own = targets.find((t) => t.unitId === c.id);
      const below = targets.filter((t) => t.unitPath.startsWith(c.path) && t.unitId !== c.id);
      const reported = realised.filter((r) => r.unitPath.startsWith(c.path) && r.status !== 'belum_dimulai' && r.status !== 'dalam_proses' && r.status !== 'dikecualikan');
      return {
        unitId: c.id,
        unitName: c.name,
        unitKind: c.kind,
        target: own?.target ?? null,
        allocatedBelow: below.reduce((s, t) => s + t.target, 0),
        realised: reported.reduce((s, r) => s + Number(r.value), 0),
        realisedVerified: reported.filter((r) => r.status === 'terverifikasi').reduce((s, r) => s + Number(r.value), 0),
      };
    });
  }

  async function present(tx: Db, principal: Principal, view: CampaignView, parent: Unit): Promise<Allocations> {
    const children = await childrenOf(tx, view, parent);
    const rows = await figures(tx, view, parent, children);
    return {
      parent: { unitId: parent.id, unitName: parent.name, target: await targetOf(tx, view, parent) },
      allocated: rows.reduce((s, r) => s + (r.target ?? 0), 0),
      minimum: children.some((c) => c.kind === 'kanwil') ? view.campaign.minPerKanwil : 0,
      rows,
      canEdit: children.length > 0 && canAllocate(principal, parent.path),
    };
  }

  async function get(principal: Principal, id: string, parentId?: string) {
    const view = await load(principal, id);
    return present(db, principal, view, await parentFor(db, principal, view, parentId));
  }

  /** Saves the split under one parent; refused as a whole when a unit is not a child or the sums fall short. */
  async function save(principal: Principal, id: string, body: SaveAllocationsBody) {
    const view = await load(principal, id);
    return db.transaction(async (tx) => {
      const parent = await parentFor(tx, principal, view, body.parentId);
      if (!canAllocate(principal, parent.path)) throw errors.cannotAllocate();
      const children = await childrenOf(tx, view, parent);
      const byId = new Map(children.map((c) => [c.id, c]));
      if (body.items.some((i) => !byId.has(i.unitId))) throw errors.allocationOutsideChildren();
      const now = new Date();
      for (const item of body.items) {
        const unit = byId.get(item.unitId) as Unit;
        await tx
          .insert(campaignAllocations)
          .values({ campaignId: view.campaign.id, unitId: unit.id, unitPath: unit.path, target: item.target, updatedByUserId: principal.userId, updatedAt: now })
          .onConflictDoUpdate({
            target: [campaignAllocations.campaignId, campaignAllocations.unitId],
            set: { target: item.target, updatedByUserId: principal.userId, updatedAt: now },
          });
      }
      const saved = await tx
        .select({ unitId: campaignAllocations.unitId, target: campaignAllocations.target })
        .from(campaignAllocations)
        .where(and(eq(campaignAllocations.campaignId, view.campaign.id), inArray(campaignAllocations.unitId, [...byId.keys()])));
      const minimum = children.some((c) => c.kind === 'kanwil') ? view.campaign.minPerKanwil : 0;
      const below = saved.filter((s) => s.target < minimum).map((s) => byId.get(s.unitId)?.name ?? s.unitId);
      if (below.length > 0) throw errors.allocationBelowMinimum(below, minimum);
      const total = saved.reduce((s, r) => s + r.target, 0);
      const target = (await targetOf(tx, view, parent)) ?? 0;
      if (total < target) throw errors.allocationShort(total, target);
      await audit.record(tx, auditActor(principal), {
        action: 'campaigns.allocated',
        subjectType: 'campaign',
        subjectId: view.campaign.id,
        unitId: parent.id,
        unitPath: parent.path,
        summary: { parent: parent.name, total, items: body.items.length },
      });
      return present(tx, principal, view, parent);
    });
  }

  return { get, save };
}
