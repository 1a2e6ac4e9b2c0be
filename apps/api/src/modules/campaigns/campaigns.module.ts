import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import type { DirectivesService } from '../directives/index.js';
import { createCampaignsService } from './campaigns.service.js';
import { createAllocations } from './campaigns.allocations.js';
import { createSites, type SitesDeps } from './campaigns.sites.js';
import { createReadiness } from './campaigns.readiness.js';
import { createCampaignReports } from './campaigns.reports.js';

export type CampaignsModule = ReturnType<typeof createCampaignsModule>;

/** The campaign's parts share one loader, so every one of them sees a campaign exactly when the caller may. */
export function createCampaignsModule(deps: {
  db: Db;
  audit: Audit;
  clock: () => Date;
  directives: DirectivesService;
  directivesOn: (db: Db) => DirectivesService;
  checkPhoto: SitesDeps['checkPhoto'];
}) {
  const { db, audit, clock } = deps;
  const campaigns = createCampaignsService({ db, audit, clock, directivesOn: deps.directivesOn });
  const load = campaigns.load;
  const sites = createSites({ db, audit, clock, load, checkPhoto: deps.checkPhoto });
  return {
    campaigns,
    allocations: createAllocations({ db, audit, load }),
    sites,
    readiness: createReadiness({ db, clock, load, sites }),
    reports: createCampaignReports({ db, clock, directives: deps.directives, load, sites }),
  };
}
