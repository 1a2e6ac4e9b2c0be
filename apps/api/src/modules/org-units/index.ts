export { orgUnits, unitClassHistory } from './org-units.table.js';
export { createOrgUnitsService, type OrgUnitsService } from './org-units.service.js';
export { orgUnitsRoutes } from './org-units.routes.js';
export { seedUnits } from './org-units.seed.js';
export { readSheet, UnreadableFileError, type SheetRow } from './org-units.file.js';
