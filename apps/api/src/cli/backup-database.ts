// The database half of a backup: PGlite's own data-directory dump, or pg_dump/pg_restore for PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Config } from '../platform/config.js';
import { lockDataDir } from '../platform/db/dir-lock.js';
import { openDatabase } from '../platform/db/index.js';
import { BackupError } from './backup-archive.js';

export type DatabaseKind = 'pglite' | 'postgres';
type Target = Pick<Config, 'databaseUrl' | 'dataDir'>;

export const DUMP_NAME: Record<DatabaseKind, string> = {
  pglite: 'database.pglite.tar.gz',
  postgres: 'database.pgdump',
};

export function kindOf(target: Target): DatabaseKind {
  return target.databaseUrl ? 'postgres' : 'pglite';
}

export function pgliteDir(target: Target): string {
  return path.resolve(target.dataDir, 'pglite');
}

/** libpq reads the password from the environment, so it never shows in the process list. */
function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs one PostgreSQL client tool (against `url` when given); returns its standard output. */
function runPgTool(tool: 'pg_dump' | 'pg_restore' | 'psql', args: string[], url: string | null): string {
  const connection = url ? libpqConnection(url) : null;
  const result = spawnSync(tool, connection ? [...args, `--dbname=${connection.dbname}`] : args, {
    env: connection?.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1_048_576,
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new BackupError(
      missing
        ? `${tool} is not installed (Debian: apt-get install postgresql-client)`
        : `${tool} failed: ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new BackupError(`${tool} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/**
 * `pg_restore --clean` cannot drop pg-boss's partitioned tables, so the schemas the dump creates (other
 * than public) are dropped whole first; the drops and the restore run as one transaction in psql, so a
 * failure leaves the database as it was.
 */
function restorePostgres(url: string, dumpFile: string): void {
  const listing = runPgTool('pg_restore', ['--list', dumpFile], null);
  const schemas = [...listing.matchAll(/^\d+; \d+ \d+ SCHEMA - (\S+) /gm)]
    .map((m) => m[1] ?? '')
    .filter((name) => name !== '' && name !== 'public');
  const drops = `${dumpFile}.drop-schemas.sql`;
  const script = `${dumpFile}.sql`;
  writeFileSync(
    drops,
    schemas.map((name) => `drop schema if exists "${name.replace(/"/g, '""')}" cascade;\n`).join(''),
  );
  const flags = ['--clean', '--if-exists', '--no-owner', '--no-privileges', `--file=${script}`];
  runPgTool('pg_restore', [...flags, dumpFile], null);
  runPgTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', drops, '-f', script], url);
}

/** Writes the configured database's dump into `stagingDir`; returns its file name. */
export async function dumpDatabase(target: Target, stagingDir: string): Promise<string> {
  const kind = kindOf(target);
  const file = path.join(stagingDir, DUMP_NAME[kind]);
  if (target.databaseUrl) {
    runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], target.databaseUrl);
    return DUMP_NAME[kind];
  }
  // Opening a missing directory would create an empty database: a backup must not do that.
  if (!existsSync(path.join(pgliteDir(target), 'PG_VERSION'))) {
    throw new BackupError(
      `No database in ${pgliteDir(target)}. Set DATA_DIR to the server's data directory, or DATABASE_URL.`,
    );
  }
  const database = await openDatabase(target);
  try {
    const dump = await (database.lite as PGlite).dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  return DUMP_NAME[kind];
}

/** What the target database already holds, in words, or null when it is empty. */
export async function describeExistingDatabase(target: Target): Promise<string | null> {
  if (!target.databaseUrl) {
    return existsSync(path.join(pgliteDir(target), 'PG_VERSION')) ? `a PGlite database in ${pgliteDir(target)}` : null;
  }
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect().catch((err: unknown) => {
    throw new BackupError(`Cannot connect to the target database: ${err instanceof Error ? err.message : String(err)}`);
  });
  try {
    const { rows } = await client.query<{ tables: number }>(
      `select count(*)::int as tables from information_schema.tables
       where table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg_toast%'`,
    );
    const tables = rows[0]?.tables ?? 0;
    return tables > 0
      ? `${tables} tables in the PostgreSQL database ${new URL(target.databaseUrl).pathname.slice(1)}`
      : null;
  } finally {
    await client.end();
  }
}

/** Refuses while a server holds the PGlite directory; returns the release function. */
export function lockTarget(target: Target): () => void {
  const dir = pgliteDir(target);
  return !target.databaseUrl && existsSync(dir) ? lockDataDir(dir) : () => undefined;
}

async function restorePglite(target: Target, dumpFile: string): Promise<void> {
  const dir = pgliteDir(target);
  const fresh = `${dir}.restoring-${process.pid}`;
  const replaced = `${dir}.replaced-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    const lite = await PGlite.create({ dataDir: fresh, loadDataDir: new Blob([readFileSync(dumpFile)]) });
    await lite.query('select 1');
    await lite.close();
  } catch (err) {
    rmSync(fresh, { recursive: true, force: true });
    throw new BackupError(
      `The PGlite dump could not be loaded, nothing was changed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  // The lock of the process that made the backup came along in the dump.
  rmSync(path.join(fresh, 'selaras.lock'), { force: true });
  if (existsSync(dir)) renameSync(dir, replaced);
  renameSync(fresh, dir);
  rmSync(replaced, { recursive: true, force: true });
}

/** Loads the dump into the target: one transaction on PostgreSQL, a directory swap on PGlite. */
export async function restoreDatabase(target: Target, kind: DatabaseKind, dumpFile: string): Promise<void> {
  if (kind !== kindOf(target)) {
    const how = kind === 'pglite' ? 'an embedded database (DATA_DIR, no DATABASE_URL)' : 'PostgreSQL (DATABASE_URL)';
    throw new BackupError(
      `This backup was made from ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}: restore it into ${how}.`,
    );
  }
  if (target.databaseUrl) {
    restorePostgres(target.databaseUrl, dumpFile);
    return;
  }
  await restorePglite(target, dumpFile);
}
