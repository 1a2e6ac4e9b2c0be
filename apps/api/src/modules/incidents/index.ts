export { createIncidentsModule, type IncidentsModule } from './incidents.module.js';
export { incidentsRoutes } from './incidents.routes.js';
export { incidents, incidentAgencies, incidentAlerts, incidentEvents, incidentPersons, incidentSopSteps } from './incidents.table.js';
export { incidentCategories, incidentEscalationRules, incidentSeverities, incidentSopVersions } from './incident-catalogue.table.js';
export { DEFAULT_CATEGORIES, seedIncidentCatalogue } from './incident-catalogue.seed.js';
export { registerIncidentJobs, ESCALATION_QUEUE } from './incidents.jobs.js';
export { createIncidentReads, incidentReadRoutes } from './incidents.read.routes.js';
export { createIncidentCatalogue } from './incident-catalogue.service.js';
export { incidentCatalogueRoutes } from './incident-catalogue.routes.js';
