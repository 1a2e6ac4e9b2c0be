export { createAuditLogService, type AuditLogService } from './audit-log.service.js';
export { auditLogRoutes } from './audit-log.routes.js';
