export { createDirectivesService, type DirectivesService } from './directives.service.js';
export { directivesRoutes } from './directives.routes.js';
