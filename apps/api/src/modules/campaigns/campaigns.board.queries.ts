import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { assignments } from '../directives/index.js';
import { campaignAllocations, campaignPhotos, campaignSites } from './campaigns.table.js';
import { realisedOf } from './campaigns.queries.js';

/** What the board needs to know of a campaign. */
export type BoardCampaign = {
  id: string;
  directiveId: string;
  targetMetricKeys: string[];
  areaMetricKey: string | null;
};

export const REPORTED = sql`${assignments.status} in ('dilaporkan', 'dilaporkan_ulang', 'terverifikasi')`;
export const VERIFIED = sql`${assignments.status} = 'terverifikasi'`;

/** The Kanwil a unit rolls up to: its own Kanwil, or itself when it is one. */
export const kanwilOfUnit = alias(orgUnits, 'kanwil_of_unit');
export const joinKanwil = sql`${kanwilOfUnit.id} = coalesce(${orgUnits.kanwilId}, ${orgUnits.id}) and ${kanwilOfUnit.kind} = 'kanwil'`;

/** The units taking part (window 1 of the campaign directive) in the scope; an exempted unit is no longer a target. */
export function participantsIn(directiveId: string, scopePath: string): SQL {
  return and(
    eq(assignments.directiveId, directiveId),
    eq(assignments.role, 'follow_up'),
    eq(assignments.windowNo, 1),
    ne(assignments.status, 'dikecualikan'),
    withinPath(assignments.unitPath, scopePath),
  ) as SQL;
}

/** Rows of a raw query, on node-postgres and on PGlite alike (both return `{ rows }`). */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A number from a JSON values column, 0 when missing or not a number. */
export function numberIn(values: SQL | typeof assignments.latestValues, key: string): SQL<number> {
  return sql<number>`(case when jsonb_typeof(${values} -> ${key}) = 'number' then (${values} ->> ${key})::numeric else 0 end)`;
}

/** Hectares of one site per unit, for campaigns that ask for no area metric. */
function siteAreaOfUnits(campaignId: string) {
  return sql`(select ${campaignSites.unitId} as unit_id, sum(${campaignSites.areaHa}) as area from ${campaignSites} where ${campaignSites.campaignId} = ${campaignId} group by ${campaignSites.unitId})`;
}

export type KanwilBoardRow = {
  kanwilId: string | null;
  kanwilName: string | null;
  units: number;
  reported: number;
  verified: number;
  realised: number;
  realisedVerified: number;
  areaHa: number;
  target: number | null;
};

/**
 * The participants in scope rolled up per Kanwil in one pass: counts, realised quantity (reported and
 * verified) and area. Units above any Kanwil form a group of their own (kanwilId null).
 */
export async function kanwilRollup(db: Db, c: BoardCampaign, scopePath: string): Promise<KanwilBoardRow[]> {
  const realised = realisedOf(assignments.latestValues, c.targetMetricKeys);
  const area = c.areaMetricKey ? numberIn(assignments.latestValues, c.areaMetricKey) : sql`coalesce(site_area.area, 0)`;
  const siteArea = c.areaMetricKey
    ? sql``
    : sql`left join ${siteAreaOfUnits(c.id)} site_area on site_area.unit_id = ${assignments.unitId}`;
  const rows = await selectRows<{
    kanwil_id: string | null;
    kanwil_name: string | null;
    units: number;
    reported: number;
    verified: number;
    realised: number;
    realised_verified: number;
    area_ha: number;
    target: number | null;
  }>(
    db,
    sql`
    select ${kanwilOfUnit.id} as kanwil_id, ${kanwilOfUnit.name} as kanwil_name,
      count(*)::int as units,
      (count(*) filter (where ${REPORTED}))::int as reported,
      (count(*) filter (where ${VERIFIED}))::int as verified,
      coalesce(sum(${realised}) filter (where ${REPORTED}), 0)::float8 as realised,
      coalesce(sum(${realised}) filter (where ${VERIFIED}), 0)::float8 as realised_verified,
      coalesce(sum(${area}) filter (where ${REPORTED}), 0)::float8 as area_ha,
      max(${campaignAllocations.target})::float8 as target
    from ${assignments}
    join ${orgUnits} on ${orgUnits.id} = ${assignments.unitId}
    left join ${orgUnits} as ${kanwilOfUnit} on ${joinKanwil}
    left join ${campaignAllocations} on ${campaignAllocations.campaignId} = ${c.id} and ${campaignAllocations.unitId} = ${kanwilOfUnit.id}
    ${siteArea}
    where ${participantsIn(c.directiveId, scopePath)}
    group by ${kanwilOfUnit.id}, ${kanwilOfUnit.name}`,
  );
  return rows.map((r) => ({
    kanwilId: r.kanwil_id,
    kanwilName: r.kanwil_name,
    units: Number(r.units),
    reported: Number(r.reported),
    verified: Number(r.verified),
    realised: Number(r.realised),
    realisedVerified: Number(r.realised_verified),
    areaHa: Number(r.area_ha),
    target: r.target === null ? null : Number(r.target),
  }));
}

/** The target a unit carries: its allocation, or null when none was set. */
export async function allocationOf(db: Db, campaignId: string, unitId: string): Promise<number | null> {
  const [row] = await db
    .select({ target: campaignAllocations.target })
    .from(campaignAllocations)
    .where(and(eq(campaignAllocations.campaignId, campaignId), eq(campaignAllocations.unitId, unitId)));
  return row?.target ?? null;
}

/**
 * Every site in scope as a map point (one row per site). The unit's name and report status come from
 * `participantUnits`: joining them here per site made the planner loop over every assignment per site.
 */
export async function sitePoints(db: Db, campaignId: string, scopePath: string) {
  return db
    .select({
      id: campaignSites.id,
      unitId: campaignSites.unitId,
      lat: campaignSites.lat,
      lng: campaignSites.lng,
      planned: campaignSites.planned,
    })
    .from(campaignSites)
    .where(and(eq(campaignSites.campaignId, campaignId), withinPath(campaignSites.unitPath, scopePath)))
    .orderBy(asc(campaignSites.unitPath), asc(campaignSites.createdAt), asc(campaignSites.id));
}

/** Photos in scope that an automatic check flagged. */
export async function countFlaggedPhotos(db: Db, campaignId: string, scopePath: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(campaignPhotos)
    .where(
      and(
        eq(campaignPhotos.campaignId, campaignId),
        withinPath(campaignPhotos.unitPath, scopePath),
        sql`${campaignPhotos.flags} <> '[]'::jsonb`,
      ),
    );
  return Number(row?.n ?? 0);
}

/** Every unit taking part in scope (exempted ones included) with its name, Kanwil and report status, by Kanwil then name. */
export async function participantUnits(db: Db, directiveId: string, scopePath: string) {
  return db
    .select({
      unitId: assignments.unitId,
      unitName: orgUnits.name,
      kanwilName: kanwilOfUnit.name,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(orgUnits, eq(orgUnits.id, assignments.unitId))
    .leftJoin(kanwilOfUnit, joinKanwil)
    .where(
      and(
        eq(assignments.directiveId, directiveId),
        eq(assignments.role, 'follow_up'),
        eq(assignments.windowNo, 1),
        withinPath(assignments.unitPath, scopePath),
      ),
    )
    .orderBy(asc(kanwilOfUnit.name), asc(orgUnits.name));
}

/** A Kanwil by id, with its path (to narrow the board to it). */
export async function findKanwil(db: Db, id: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.kind, 'kanwil')));
  return row ?? null;
}
