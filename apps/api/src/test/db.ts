import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../platform/db/index.js';
import { seedIfEmpty } from '../seed.js';

const SNAPSHOT_DIR = fileURLToPath(new URL('../../../../.tmp/', import.meta.url));

export type TestDbKind = 'pglite' | 'postgres';

/** Which engine this test process runs on: PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
export function testDbKind(): TestDbKind {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

async function migratedAndSeeded(database: Database): Promise<void> {
  await database.migrate();
  await seedIfEmpty(database, { demo: true });
}

/**
 * A PGlite with migrations and demo seed, made once per machine state and copied per test file
 * (creating and seeding a database costs seconds; loading a dump a fraction of that).
 */
async function pgliteSnapshot(): Promise<Blob> {
  const file = process.env.SELARAS_TEST_SNAPSHOT ?? path.join(SNAPSHOT_DIR, `pglite-${process.pid}.tar.gz`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const lite = await PGlite.create();
  await migratedAndSeeded(openPglite(lite));
  const dump = await lite.dumpDataDir('gzip');
  await lite.close();
  if (process.env.SELARAS_TEST_SNAPSHOT) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  }
  return dump;
}

/** Creates the seeded template database on the server once; each test gets a copy of it. */
async function postgresDatabase(baseUrl: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const template = process.env.SELARAS_TEST_TEMPLATE ?? 'selaras_test_template';
  const name = `selaras_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (!rowCount) {
      await admin.query(`create database "${template}"`);
      const seeding = openPostgres(withDatabase(baseUrl, template), 2);
      await migratedAndSeeded(seeding);
      await seeding.close();
    }
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const database = openPostgres(withDatabase(baseUrl, name), 5);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: baseUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
      await cleanup.end();
    },
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated database with the demo seed, private to the caller (on this process's engine unless `kind` says). */
export async function createTestDb(kind: TestDbKind = testDbKind()): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (kind === 'postgres') {
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    return postgresDatabase(url);
  }
  const lite = await PGlite.create({ loadDataDir: await pgliteSnapshot() });
  return openPglite(lite);
}
