export { createDirectivesService, type DirectivesService } from './directives.service.js';
export { directivesRoutes } from './directives.routes.js';
export { createDirectiveExportsService, type DirectiveExportsService } from './directives.exports.js';
export { directiveExportRoutes } from './directives.export.routes.js';
export { countDirectives, overdueFollowUps, unitProgress, type ProgressFilter, type UnitProgressRow } from './directives.overview.queries.js';
export { groupProgress, percentOf, sumProgress, type GroupedProgress, type Progress } from './directives.overview.js';
