export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
export { createProgrammeFiguresService } from './figures.service.js';
export { programmeFiguresRoutes } from './figures.routes.js';
export { createOutcomesService, type OutcomesService } from './outcomes.module.js';
export { outcomesRoutes } from './outcomes.routes.js';
export { createCommunityService, type CommunityService } from './community.service.js';
export { communityRoutes } from './community.routes.js';
export { createProgrammesService, type ProgrammesService } from './programmes.service.js';
export { programmesRoutes } from './programmes.routes.js';
