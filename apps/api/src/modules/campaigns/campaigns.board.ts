import type { AssignmentStatus, CampaignBoard } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { inScope, type Principal } from '../../platform/auth/principal.js';
import { percentOf } from '../directives/index.js';
import { findCampaign, siteStatusOf, type CampaignView } from './campaigns.queries.js';
import * as q from './campaigns.board.queries.js';
import * as errors from './campaigns.read.errors.js';

const REPORTED_STATUSES = new Set<AssignmentStatus>(['dilaporkan', 'dilaporkan_ulang', 'terverifikasi']);

/** The part of the tree a read covers: the caller's subtree, or one Kanwil inside it. */
export type ReadScope = { path: string; unitId: string };

/** The campaign as the caller may see it, and the scope narrowed to a Kanwil when asked (404 outside the caller's subtree). */
export async function campaignInScope(
  db: Db,
  principal: Principal,
  campaignId: string,
  kanwilId?: string,
): Promise<{ view: CampaignView; scope: ReadScope }> {
  const view = await findCampaign(db, principal.position.unitPath, campaignId);
  if (!view) throw errors.campaignNotFound();
  if (!kanwilId) return { view, scope: { path: principal.position.unitPath, unitId: principal.position.unitId } };
  const kanwil = await q.findKanwil(db, kanwilId);
  if (!kanwil || !inScope(principal, kanwil.path)) throw errors.kanwilNotFound();
  return { view, scope: { path: kanwil.path, unitId: kanwil.id } };
}

/** The national target when the scope holds the issuer; below it, the allocation of the scope's unit (0 when none was set). */
export async function targetOfScope(db: Db, view: CampaignView, scope: ReadScope): Promise<number> {
  if (view.campaign.issuerUnitPath.startsWith(scope.path)) return view.campaign.nationalTarget;
  return (await q.allocationOf(db, view.campaign.id, scope.unitId)) ?? 0;
}

export function createCampaignBoardService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /** The live board of the event day: a handful of set-based queries, whatever the number of units and sites. */
  async function board(principal: Principal, campaignId: string, kanwilId?: string): Promise<CampaignBoard> {
    const { view, scope } = await campaignInScope(db, principal, campaignId, kanwilId);
    const c = view.campaign;
    const asOf = clock().toISOString();
    const [groups, sites, flaggedPhotos, units, target] = await Promise.all([
      q.kanwilRollup(db, c, scope.path),
      q.sitePoints(db, c.id, scope.path),
      q.countFlaggedPhotos(db, c.id, scope.path),
      q.participantUnits(db, c.directiveId, scope.path),
      targetOfScope(db, view, scope),
    ]);
    const unitOf = new Map(units.map((u) => [u.unitId, u]));
    const sum = (key: 'units' | 'reported' | 'verified' | 'realised' | 'realisedVerified' | 'areaHa') =>
      groups.reduce((n, g) => n + g[key], 0);
    // Units above any Kanwil count in the totals but have no row in the ranking.
    const kanwil = groups
      .flatMap(({ kanwilId: unitId, kanwilName: unitName, units, reported, verified, realised, target }) =>
        unitId && unitName
          ? [
              {
                unitId,
                unitName,
                units,
                reported,
                verified,
                target: target ?? 0,
                realised,
                percent: percentOf(realised, target ?? 0),
              },
            ]
          : [],
      )
      .sort((a, b) => b.percent - a.percent || b.realised - a.realised || a.unitName.localeCompare(b.unitName));
    return {
      asOf,
      totals: {
        units: sum('units'),
        reported: sum('reported'),
        verified: sum('verified'),
        notReported: sum('units') - sum('reported'),
        target,
        realised: sum('realised'),
        realisedVerified: sum('realisedVerified'),
        areaHa: Math.round(sum('areaHa') * 100) / 100,
        sites: sites.length,
        flaggedPhotos,
      },
      kanwil,
      sites: sites.map((s) => {
        const unit = unitOf.get(s.unitId);
        return {
          id: s.id,
          unitId: s.unitId,
          unitName: unit?.unitName ?? '',
          lat: s.lat,
          lng: s.lng,
          status: siteStatusOf(unit?.status ?? null),
          planned: s.planned,
        };
      }),
      notReported: units
        .filter((u) => !REPORTED_STATUSES.has(u.status) && u.status !== 'dikecualikan')
        .map((u) => ({ unitId: u.unitId, unitName: u.unitName, kanwilName: u.kanwilName })),
    };
  }

  return { board };
}
