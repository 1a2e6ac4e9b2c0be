export { createCampaignsModule, type CampaignsModule } from './campaigns.module.js';
export { campaignsRoutes } from './campaigns.routes.js';
export { campaigns, campaignAllocations, campaignPhotos, campaignSites, campaignSiteChecks, campaignUnitProgress } from './campaigns.table.js';
export { campaignReadRoutes, createCampaignReadServices, type CampaignReadServices } from './campaigns.read.routes.js';
