export { createOverviewService, type OverviewService } from './overview.service.js';
export { overviewRoutes } from './overview.routes.js';
