export { createDirectivesService, type DirectivesService } from './directives.service.js';
export { directivesRoutes } from './directives.routes.js';
export { resolveTargets, type TargetUnit } from './directives.queries.js';
