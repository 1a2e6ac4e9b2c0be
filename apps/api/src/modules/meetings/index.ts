export { createMeetingsService, type MeetingsService } from './meetings.service.js';
export { meetingsRoutes } from './meetings.routes.js';
export { linkDecisionDirectives } from './meetings.seed.js';
