export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
export { createProgrammesService, type ProgrammesService } from './programmes.service.js';
export { programmesRoutes } from './programmes.routes.js';
