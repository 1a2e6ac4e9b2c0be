export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
export { createProgrammeFiguresService } from './figures.service.js';
export { programmeFiguresRoutes } from './figures.routes.js';
