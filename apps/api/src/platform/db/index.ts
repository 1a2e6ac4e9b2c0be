import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { lockDataDir } from './dir-lock.js';

/** The drizzle handle every query takes; a transaction (`tx`) has the same type. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when it is one (tests dump and load its data directory). */
  lite: PGlite | null;
  /** The PostgreSQL connection string, when it is PostgreSQL (the job scheduler opens its own pool). */
  url: string | null;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

// An arbitrary constant: several instances starting together migrate one at a time.
const MIGRATION_LOCK_ID = 7_202_509;

export function openPglite(lite: PGlite): Database {
  const db = drizzlePglite({ client: lite }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    lite,
    url: null,
    migrate: () => migratePglite(drizzlePglite({ client: lite }), { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await lite.query('select 1');
    },
    close: () => lite.close(),
  };
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it and the next query reports real failures.
  });
  const drizzleDb = drizzlePg({ client: pool });
  return {
    db: drizzleDb as unknown as Db,
    kind: 'postgres',
    lite: null,
    url,
    migrate: async () => {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migratePg(drizzleDb, { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
        lockClient.release();
      }
    },
    ping: async () => {
      await drizzleDb.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

/** PGlite in `dataDir` unless a PostgreSQL URL is given. */
export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  const dir = path.resolve(opts.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(dir);
  const lite = await PGlite.create({ dataDir: dir });
  const database = openPglite(lite);
  return {
    ...database,
    close: async () => {
      await database.close();
      unlock();
    },
  };
}
