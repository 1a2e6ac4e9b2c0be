export { createDirectivesService, type DirectivesService } from './directives.service.js';
export { directivesRoutes } from './directives.routes.js';
export { assignments } from './directives.table.js';
export { digestLines, findDueReminders, type DigestLine, type ReminderCandidate } from './directives.reminders.queries.js';
export { resolveTargets, type TargetUnit } from './directives.queries.js';
export { createRequestsService, type RequestsService } from './directives.requests.service.js';
export { createWorklistService, type WorklistService } from './directives.worklist.service.js';
export { requestsRoutes } from './directives.requests.routes.js';
