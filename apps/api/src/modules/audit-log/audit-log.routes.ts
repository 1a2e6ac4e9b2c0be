import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, ListAuditQuerySchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { AuditLogService } from './audit-log.service.js';

export function auditLogRoutes(auditLog: AuditLogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit-events',
      {
        schema: { tags: ['audit'], querystring: ListAuditQuerySchema, response: { 200: AuditPageSchema } },
        config: { access: { permission: 'audit:read' } },
      },
      async (req) => auditLog.list(requirePrincipal(req.principal), req.query),
    );
  };
}
