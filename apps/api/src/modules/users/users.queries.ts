import { and, asc, count, eq, exists, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { containsText, withinPath } from '../../platform/access/scope.js';
import { loginAttempts } from '../../platform/auth/auth.table.js';
import { orgUnits } from '../org-units/index.js';
import { positions, users } from './users.table.js';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

const positionColumns = {
  id: positions.id,
  userId: positions.userId,
  title: positions.title,
  role: positions.role,
  unitId: positions.unitId,
  unitName: orgUnits.name,
  unitKind: orgUnits.kind,
  unitPath: orgUnits.path,
  unitTimezone: orgUnits.timezone,
  createdAt: positions.createdAt,
};
export type PositionRow = {
  [K in keyof typeof positionColumns]: (typeof positionColumns)[K]['_']['data'];
};

const activePosition = isNull(positions.endedAt);

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Active positions of some users, optionally only those whose unit lies under `scopePath`. */
export async function listPositions(db: Db, userIds: string[], scopePath?: string): Promise<PositionRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select(positionColumns)
    .from(positions)
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(and(inArray(positions.userId, userIds), activePosition, scopePath ? withinPath(orgUnits.path, scopePath) : undefined))
    // Posts created in one transaction share created_at; the id keeps the order (and the sign-in default) stable.
    .orderBy(asc(positions.createdAt), asc(positions.id));
}

export async function findActivePosition(db: Db, userId: string, positionId: string): Promise<PositionRow | null> {
  const [row] = await db
    .select(positionColumns)
    .from(positions)
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(and(eq(positions.id, positionId), eq(positions.userId, userId), activePosition));
  return row ?? null;
}

/** An active user with one of their active positions, in one query: it runs on every request. */
export async function findActingUser(db: Db, userId: string, positionId: string) {
  const [row] = await db
    .select({
      user: { id: users.id, username: users.username, name: users.name },
      position: positionColumns,
    })
    .from(positions)
    .innerJoin(users, eq(users.id, positions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, positions.unitId))
    .where(and(eq(positions.id, positionId), eq(positions.userId, userId), eq(users.active, true), activePosition));
  return row ?? null;
}

/** Users holding at least one active position inside the scope. */
function userInScope(scopePath: string): SQL {
  return exists(
    sql`(select 1 from ${positions} inner join ${orgUnits} on ${orgUnits.id} = ${positions.unitId}
      where ${positions.userId} = ${users.id} and ${positions.endedAt} is null and ${withinPath(orgUnits.path, scopePath)})`,
  );
}

export async function listUsersInScope(
  db: Db,
  scopePath: string,
  f: { q?: string; unitId?: string; limit: number; offset: number },
) {
  const where = and(
    userInScope(scopePath),
    f.q ? or(containsText(users.name, f.q), containsText(users.username, f.q), containsText(users.nip, f.q)) : undefined,
    f.unitId
      ? exists(sql`(select 1 from ${positions} where ${positions.userId} = ${users.id} and ${positions.endedAt} is null and ${positions.unitId} = ${f.unitId})`)
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(asc(users.name), asc(users.id)).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findUserInScope(db: Db, scopePath: string, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.id, id), userInScope(scopePath)));
  return row ?? null;
}

export async function insertUser(db: Db, user: NewUserRow): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}

export async function updateUser(db: Db, id: string, changes: Partial<NewUserRow>): Promise<UserRow> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
  if (!row) throw new Error('user update returned nothing');
  return row;
}

export async function insertPosition(db: Db, p: { userId: string; title: string; role: PositionRow['role']; unitId: string }) {
  const [row] = await db.insert(positions).values(p).returning({ id: positions.id });
  if (!row) throw new Error('position insert returned nothing');
  return row;
}

export async function endPosition(db: Db, positionId: string, at: Date): Promise<void> {
  await db.update(positions).set({ endedAt: at }).where(eq(positions.id, positionId));
}

export async function recordLoginAttempt(db: Db, a: { username: string; ip: string; success: boolean; at: Date }) {
  await db.insert(loginAttempts).values(a);
}

/** Failed attempts since `since` for a username and for an address, and the oldest of each. */
export async function countRecentFailures(db: Db, username: string, ip: string, since: Date) {
  const failedSince = and(eq(loginAttempts.success, false), gt(loginAttempts.at, since));
  const stats = (match: SQL) =>
    db
      .select({ n: count(), oldest: sql<number | null>`extract(epoch from min(${loginAttempts.at}))::float8` })
      .from(loginAttempts)
      .where(and(failedSince, match));
  const [[byUser], [byIp]] = await Promise.all([stats(eq(loginAttempts.username, username)), stats(eq(loginAttempts.ip, ip))]);
  const toDate = (epoch: number | null | undefined) => (epoch ? new Date(Number(epoch) * 1000) : null);
  return {
    user: { count: byUser?.n ?? 0, oldest: toDate(byUser?.oldest) },
    ip: { count: byIp?.n ?? 0, oldest: toDate(byIp?.oldest) },
  };
}

/** A successful sign-in clears the username's failure count. */
export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.delete(loginAttempts).where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, false)));
}
