export { campaignReadRoutes, createCampaignReadServices, type CampaignReadServices } from './campaigns.read.routes.js';
export { createPhotoPublicCopy } from './campaigns.public-photo.js';
