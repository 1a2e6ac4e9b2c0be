export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
export { createInmatesService, type InmatesService } from './inmates.service.js';
export { inmatesRoutes } from './inmates.routes.js';
export { findInmatesInScope } from './inmates.queries.js';
