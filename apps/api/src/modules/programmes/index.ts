export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
export { createOutcomesService, type OutcomesService } from './outcomes.module.js';
export { outcomesRoutes } from './outcomes.routes.js';
export { createCommunityService, type CommunityService } from './community.service.js';
export { communityRoutes } from './community.routes.js';
export { createProgrammesService, type ProgrammesService } from './programmes.service.js';
export { programmesRoutes } from './programmes.routes.js';
export { createAttendanceService, type AttendanceService } from './attendance.service.js';
export { attendanceRoutes } from './attendance.routes.js';
