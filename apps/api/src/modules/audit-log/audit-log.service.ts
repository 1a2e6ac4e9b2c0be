import type { AuditEvent } from '@selaras/contracts';
import { AuditActionSchema } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { listAuditEvents } from './audit-log.queries.js';

export type AuditLogService = ReturnType<typeof createAuditLogService>;

/** The audit trail of the principal's subtree; events tied to no unit (failed sign-ins) only for admins. */
export function createAuditLogService(deps: { db: Db }) {
  async function list(principal: Principal, f: { action?: string; unitId?: string; limit: number; offset: number }) {
    const page = await listAuditEvents(
      deps.db,
      { path: principal.position.unitPath, includeUnitless: principal.position.role === 'admin' },
      f,
    );
    const items: AuditEvent[] = page.items.map(({ event: e, unitName }) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: AuditActionSchema.parse(e.action),
      actorName: e.actorName,
      positionTitle: e.positionTitle,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      unitId: e.unitId,
      unitName,
      requestId: e.requestId,
      summary: e.summary,
    }));
    return { items, total: page.total };
  }
  return { list };
}
