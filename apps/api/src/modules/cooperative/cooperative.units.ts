import { and, eq, sql } from 'drizzle-orm';
import type { TimeZone } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { inScope, type Principal } from '../../platform/auth/principal.js';
import { orgUnits } from '../org-units/index.js';
import * as errors from './cooperative.errors.js';

export type ScopeUnit = { id: string; name: string; path: string; kind: 'ministry' | 'hq' | 'kanwil' | 'upt'; timezone: TimeZone };

const unitColumns = { id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, kind: orgUnits.kind, timezone: orgUnits.timezone };

/** A unit the caller may see, or 404: its own when no id is given. */
export async function scopeUnit(db: Db, principal: Principal, unitId?: string): Promise<ScopeUnit> {
  const [unit] = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId ?? principal.position.unitId));
  if (!unit || !inScope(principal, unit.path)) throw errors.unitNotFound();
  return unit;
}

/** A UPT the caller may see, or 404 (a Kanwil or HQ has no cooperative of its own). */
export async function scopeUpt(db: Db, principal: Principal, unitId: string): Promise<ScopeUnit> {
  const unit = await scopeUnit(db, principal, unitId);
  if (unit.kind !== 'upt') throw errors.unitNotFound();
  return unit;
}

/** The UPTs under `path`, by name. */
export function uptsUnder(db: Db, path: string): Promise<ScopeUnit[]> {
  return db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.kind, 'upt'), withinPath(orgUnits.path, path)))
    .orderBy(sql`${orgUnits.name}`);
}
