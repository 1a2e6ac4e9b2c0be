import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { notAnUpt, unitNotFound } from './inmates.errors.js';
import * as q from './inmates.queries.js';
import { randomPseudonym } from './inmates.rules.js';

/** `count` fresh pseudonyms, none already used (random draws, retried on collision). */
export async function freshPseudonyms(db: Db, count: number): Promise<string[]> {
  const chosen = new Set<string>();
  for (let attempt = 0; chosen.size < count && attempt < 20; attempt += 1) {
    const candidates = Array.from({ length: count - chosen.size }, randomPseudonym).filter((c) => !chosen.has(c));
    const taken = await q.takenPseudonyms(db, candidates);
    for (const c of candidates) if (!taken.has(c)) chosen.add(c);
  }
  if (chosen.size < count) throw new Error('could not draw unused pseudonyms');
  return [...chosen];
}

/** The UPT a write is for: the one named (in scope) or the caller's own. */
export async function targetUnit(db: Db, principal: Principal, unitId: string | undefined): Promise<q.ScopedUnit> {
  const unit = await q.findUnitInScope(db, principal.position.unitPath, unitId ?? principal.position.unitId);
  if (!unit) throw unitNotFound();
  if (unit.kind !== 'upt') throw notAnUpt();
  return unit;
}
