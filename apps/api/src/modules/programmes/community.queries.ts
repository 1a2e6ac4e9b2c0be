import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { communityActivities, programmes } from './programmes.table.js';

export async function findUnit(db: Db, unitId: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, kind: orgUnits.kind, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId));
  return row ?? null;
}
export type CommunityUnit = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

/** Activities in `scopePath` between two dates (inclusive). */
export function activityFilter(scopePath: string, from?: string, to?: string): SQL {
  const parts: SQL[] = [withinPath(communityActivities.unitPath, scopePath)];
  if (from) parts.push(gte(communityActivities.date, from));
  if (to) parts.push(lte(communityActivities.date, to));
  return and(...parts) as SQL;
}

export function listActivities(db: Db, where: SQL, limit: number) {
  return db
    .select({ activity: communityActivities, unitName: orgUnits.name, programmeName: programmes.name })
    .from(communityActivities)
    .innerJoin(orgUnits, eq(orgUnits.id, communityActivities.unitId))
    .leftJoin(programmes, eq(programmes.id, communityActivities.programmeId))
    .where(where)
    .orderBy(desc(communityActivities.date), desc(communityActivities.id))
    .limit(limit);
}
export type ActivityRow = Awaited<ReturnType<typeof listActivities>>[number];

const totals = {
  activities: sql<number>`count(*)::int`,
  peopleReached: sql<number>`coalesce(sum(${communityActivities.peopleReached}), 0)::int`,
  inmateHours: sql<number>`coalesce(sum(${communityActivities.inmatesInvolved} * ${communityActivities.hours}), 0)::float8`,
  productsDelivered: sql<number>`coalesce(sum(${communityActivities.productsDelivered}), 0)::int`,
};

export async function totalsOf(db: Db, where: SQL) {
  const [row] = await db.select(totals).from(communityActivities).where(where);
  return row ?? { activities: 0, peopleReached: 0, inmateHours: 0, productsDelivered: 0 };
}

export function byKind(db: Db, where: SQL) {
  return db
    .select({ kind: communityActivities.kind, ...totals })
    .from(communityActivities)
    .where(where)
    .groupBy(communityActivities.kind);
}

const groupUnit = alias(orgUnits, 'group_unit');

/** Per Kanwil (a UPT rolls up to its Kanwil) or per unit, most people reached first. */
export function byUnit(db: Db, where: SQL, per: 'kanwil' | 'unit') {
  const join =
    per === 'kanwil'
      ? sql`${groupUnit.id} = coalesce(${orgUnits.kanwilId}, ${orgUnits.id})`
      : sql`${groupUnit.id} = ${orgUnits.id}`;
  return db
    .select({ unitId: groupUnit.id, unitName: groupUnit.name, ...totals })
    .from(communityActivities)
    .innerJoin(orgUnits, eq(orgUnits.id, communityActivities.unitId))
    .innerJoin(groupUnit, join)
    .where(where)
    .groupBy(groupUnit.id, groupUnit.name)
    .orderBy(desc(totals.peopleReached), asc(groupUnit.name));
}
