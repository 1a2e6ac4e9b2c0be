import type { z } from 'zod';
import type { AssignmentStatus, PublicCampaignSchema } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { findCampaignById } from './campaigns.queries.js';
import { kanwilRollup, participantUnits } from './campaigns.board.queries.js';
import * as q from './campaigns.public.queries.js';
import * as errors from './campaigns.read.errors.js';

export type PublicCampaign = z.infer<typeof PublicCampaignSchema>;

/** Every path starts with '/': the whole tree. */
const WHOLE_TREE = '/';

/**
 * The impact page anyone may read once the campaign opens it: totals over the units that reported,
 * per Kanwil, rounded site positions and publishable photos. No names of people, partners or contacts.
 */
export function createPublicCampaignsService(deps: { db: Db; publicCopy: (fileId: string) => Promise<Buffer> }) {
  const { db } = deps;

  async function openCampaign(campaignId: string) {
    const view = await findCampaignById(db, campaignId);
    if (!view?.campaign.publicPage) throw errors.publicPageNotFound();
    return view;
  }

  async function page(campaignId: string): Promise<PublicCampaign> {
    const view = await openCampaign(campaignId);
    const c = view.campaign;
    const [groups, units] = await Promise.all([
      kanwilRollup(db, c, WHOLE_TREE),
      participantUnits(db, c.directiveId, WHOLE_TREE),
    ]);
    const withStatus = (statuses: AssignmentStatus[]) =>
      units.filter((u) => statuses.includes(u.status)).map((u) => u.unitId);
    const [sites, photoIds] = await Promise.all([
      q.sitePointsOfUnits(db, c.id, withStatus(['dilaporkan', 'dilaporkan_ulang', 'terverifikasi'])),
      q.publishableFileIds(db, c.id, withStatus(['terverifikasi'])),
    ]);
    const sum = (key: 'reported' | 'realised' | 'areaHa') => groups.reduce((n, g) => n + g[key], 0);
    return {
      id: c.id,
      title: view.title,
      eventDate: c.eventDate,
      quantityLabel: c.quantityLabel,
      totals: {
        unitsReported: sum('reported'),
        realised: sum('realised'),
        areaHa: Math.round(sum('areaHa') * 100) / 100,
        sites: sites.length,
        partners: sites.reduce((n, s) => n + Number(s.partners), 0),
      },
      kanwil: groups
        .filter((g) => g.kanwilName !== null && g.reported > 0)
        .map((g) => ({ unitName: g.kanwilName ?? '', realised: g.realised }))
        .sort((a, b) => b.realised - a.realised || a.unitName.localeCompare(b.unitName)),
      sites: sites.map((s) => ({ lat: s.lat, lng: s.lng })),
      photoIds,
    };
  }

  /** A publishable photo of the campaign as a JPEG without metadata; 404 for any other file. */
  async function photo(campaignId: string, fileId: string): Promise<Buffer> {
    const view = await openCampaign(campaignId);
    if (!(await q.isPublishable(db, view.campaign, fileId))) throw errors.publicPhotoNotFound();
    return deps.publicCopy(fileId);
  }

  return { page, photo };
}
