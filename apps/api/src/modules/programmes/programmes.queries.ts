import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { EnrolmentStatus, ListProgrammesQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { withinPath } from '../../platform/access/scope.js';
import { orgUnits } from '../org-units/index.js';
import { enrolments, programmes } from './programmes.table.js';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type ProgrammeInsert = typeof programmes.$inferInsert;
export type UnitRef = { id: string; kind: string; path: string; name: string; timezone: string };
export type Counts = Record<EnrolmentStatus, number>;
export type ProgrammeView = { programme: ProgrammeRow; unit: UnitRef; counts: Counts };

const inScopeOf = (scopePath: string) => withinPath(programmes.unitPath, scopePath);
const unitColumns = { id: orgUnits.id, kind: orgUnits.kind, path: orgUnits.path, name: orgUnits.name, timezone: orgUnits.timezone };

export async function findUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

/** Enrolment counts per status for the given programmes. */
async function countsOf(db: Db, ids: string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  for (const id of ids) out.set(id, { aktif: 0, daftar_tunggu: 0, ditangguhkan: 0, selesai: 0 });
  if (ids.length === 0) return out;
  const rows = await db
    .select({ programmeId: enrolments.programmeId, status: enrolments.status, n: count() })
    .from(enrolments)
    .where(inArray(enrolments.programmeId, ids))
    .groupBy(enrolments.programmeId, enrolments.status);
  for (const r of rows) {
    const c = out.get(r.programmeId);
    if (c) c[r.status] = Number(r.n);
  }
  return out;
}

async function withCounts(db: Db, rows: { programme: ProgrammeRow; unit: UnitRef }[]): Promise<ProgrammeView[]> {
  const counts = await countsOf(
    db,
    rows.map((r) => r.programme.id),
  );
  return rows.map((r) => ({ ...r, counts: counts.get(r.programme.id) ?? { aktif: 0, daftar_tunggu: 0, ditangguhkan: 0, selesai: 0 } }));
}

function selectViews(db: Db, where: SQL | undefined) {
  return db
    .select({ programme: programmes, unit: unitColumns })
    .from(programmes)
    .innerJoin(orgUnits, eq(orgUnits.id, programmes.unitId))
    .where(where);
}

/** One programme with its unit and counts, when it lies in the caller's scope. */
export async function findProgrammeView(db: Db, scopePath: string, id: string): Promise<ProgrammeView | null> {
  const rows = await selectViews(db, and(eq(programmes.id, id), inScopeOf(scopePath)));
  const [view] = await withCounts(db, rows);
  return view ?? null;
}

/** The caller's programmes, filtered; "active" compares the end date with the unit's local today at `now`. */
export async function listProgrammeViews(db: Db, scopePath: string, f: ListProgrammesQuery, now: Date): Promise<ProgrammeView[]> {
  const localToday = sql`(${now.toISOString()}::timestamptz at time zone ${orgUnits.timezone})::date`;
  const running = sql`(not ${programmes.archived} and ${programmes.endDate} >= ${localToday})`;
  const rows = await selectViews(
    db,
    and(
      inScopeOf(scopePath),
      f.unitId ? eq(programmes.unitId, f.unitId) : undefined,
      f.track ? eq(programmes.track, f.track) : undefined,
      f.category ? eq(programmes.category, f.category) : undefined,
      f.active === 'true' ? running : f.active === 'false' ? sql`not ${running}` : undefined,
    ),
  ).orderBy(asc(orgUnits.name), asc(programmes.name), asc(programmes.id));
  return withCounts(db, rows);
}

/** The programme row locked for a write (capacity and seats are decided under this lock). */
export async function lockProgramme(tx: Db, scopePath: string, id: string): Promise<ProgrammeRow | null> {
  const [row] = await tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, id), inScopeOf(scopePath)))
    .for('update');
  return row ?? null;
}

export async function insertProgramme(tx: Db, values: ProgrammeInsert): Promise<ProgrammeRow> {
  const [row] = await tx.insert(programmes).values(values).returning();
  if (!row) throw new Error('programme insert returned nothing');
  return row;
}

export async function updateProgramme(tx: Db, id: string, values: Partial<ProgrammeInsert>): Promise<void> {
  await tx.update(programmes).set(values).where(eq(programmes.id, id));
}

export async function countActive(tx: Db, programmeId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(enrolments)
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.status, 'aktif')));
  return Number(row?.n ?? 0);
}
