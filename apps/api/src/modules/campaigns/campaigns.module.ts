import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import type { FilesService } from '../../platform/files/index.js';
import { createDirectivesService } from '../directives/index.js';
import { createCampaignsService } from './campaigns.service.js';
import { createAllocations } from './campaigns.allocations.js';
import { createSites, type PhotoContext } from './campaigns.sites.js';
import { createReadiness } from './campaigns.readiness.js';
import { createCampaignReports } from './campaigns.reports.js';

export type CampaignsModule = ReturnType<typeof createCampaignsModule>;

/** The campaign's parts share one loader, so every one of them sees a campaign exactly when the caller may. */
export function createCampaignsModule(deps: { db: Db; audit: Audit; clock: () => Date; files: FilesService }) {
  const { db, audit, clock, files } = deps;
  const directivesOn = (handle: Db) => createDirectivesService({ db: handle, audit, clock });
  const directives = directivesOn(db);
  const campaigns = createCampaignsService({ db, audit, clock, directivesOn });
  const load = campaigns.load;
  // Called outside any transaction: the checks read every photo in Selaras through the main handle.
  const checkPhoto = async (fileId: string, context: PhotoContext) => (await files.checkPhotos([fileId], context)).get(fileId) ?? [];
  const sites = createSites({ db, audit, clock, load, checkPhoto });
  return {
    campaigns,
    allocations: createAllocations({ db, audit, load }),
    sites,
    readiness: createReadiness({ db, clock, load, sites }),
    reports: createCampaignReports({ db, clock, directives, load, sites }),
  };
}
