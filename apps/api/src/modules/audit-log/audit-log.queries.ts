import { and, count, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { orgUnits } from '../org-units/index.js';

export async function listAuditEvents(
  db: Db,
  scope: { path: string; includeUnitless: boolean },
  f: { action?: string; unitId?: string; limit: number; offset: number },
) {
  const where = and(
    scope.includeUnitless
      ? or(withinPath(auditEvents.unitPath, scope.path), isNull(auditEvents.unitPath))
      : withinPath(auditEvents.unitPath, scope.path),
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.unitId ? eq(auditEvents.unitId, f.unitId) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({ event: auditEvents, unitName: orgUnits.name })
      .from(auditEvents)
      .leftJoin(orgUnits, eq(orgUnits.id, auditEvents.unitId))
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
