// Backup and restore round trip on a demo install: every table's rows and every stored file come back
// identical, the audit chains verify on the copy, and a damaged backup changes nothing.
// PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (scratch databases created and dropped here).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { verifyAuditChains } from '../platform/audit/audit.js';
import { openDatabase, type Database } from '../platform/db/index.js';
import { createJobs } from '../platform/jobs/jobs.js';
import { seedDemoActivity } from '../demo.js';
import { seedIfEmpty } from '../seed.js';
import { listFiles, sha256OfFile } from './backup-archive.js';
import { createBackup } from './backup.js';
import { restoreBackup } from './restore.js';

type Target = { databaseUrl: string | null; dataDir: string };
type Fingerprint = Record<string, { rows: number; md5: string }>;

const work = mkdtempSync(path.join(os.tmpdir(), 'selaras-backup-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The job scheduler's own schema, as a server running jobs leaves it (pg-boss runs on PostgreSQL only). */
async function startAndStopJobs(database: Database): Promise<void> {
  if (database.kind !== 'postgres') return;
  const jobs = createJobs(database);
  await jobs.start();
  await jobs.stop();
}

/** The same start-up steps as `npm start` with the demo, plus an upload still in progress. */
async function populate(target: Target): Promise<void> {
  const database = await openDatabase(target);
  try {
    await database.migrate();
    await seedIfEmpty(database, { demo: true });
    await seedDemoActivity(database.db, { filesRoot: path.resolve(target.dataDir, 'files') });
    await startAndStopJobs(database);
  } finally {
    await database.close();
  }
  const uploads = path.join(target.dataDir, 'files', 'uploads');
  mkdirSync(uploads, { recursive: true });
  writeFileSync(path.join(uploads, 'upload-in-progress.part'), randomBytes(100_000));
}

async function rowsOf<T>(target: Target, query: string): Promise<T[]> {
  const database = await openDatabase(target);
  try {
    return ((await database.db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
  } finally {
    await database.close();
  }
}

/** Row count and a checksum of the rows of every table, in every schema. */
async function fingerprint(target: Target): Promise<Fingerprint> {
  const tables = await rowsOf<{ name: string }>(
    target,
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1`,
  );
  if (tables.length === 0) return {};
  const query = tables
    .map(
      ({ name }) =>
        `select '${name}' as name, count(*)::int as rows, coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as md5 from ${name} t`,
    )
    .join(' union all ');
  const rows = await rowsOf<{ name: string; rows: number; md5: string }>(target, query);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: Number(r.rows), md5: r.md5 }]));
}

async function storedFiles(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dataDir)) out[file] = await sha256OfFile(path.join(dataDir, file));
  return out;
}

async function auditOf(target: Target) {
  const database = await openDatabase(target);
  try {
    return await verifyAuditChains(database.db);
  } finally {
    await database.close();
  }
}

function damagedCopies(backup: string): { truncated: string; flipped: string } {
  const bytes = readFileSync(backup);
  const truncated = path.join(work, `truncated-${randomBytes(4).toString('hex')}.tar`);
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const flipped = Buffer.from(bytes);
  // Inside the database dump, which follows the manifest near the start of the archive.
  const at = Math.min(flipped.length - 1, 200_000);
  flipped[at] = (flipped[at] ?? 0) ^ 0xff;
  const flippedFile = path.join(work, `flipped-${randomBytes(4).toString('hex')}.tar`);
  writeFileSync(flippedFile, flipped);
  return { truncated, flipped: flippedFile };
}

type Engine = {
  name: string;
  setUp(): Promise<{ source: Target; fresh: () => Promise<Target> }>;
  tearDown(): Promise<void>;
};

function dataDirIn(label: string): string {
  return path.join(work, `${label}-${randomBytes(4).toString('hex')}`);
}

const pglite: Engine = {
  name: 'PGlite',
  setUp: async () => ({
    source: { databaseUrl: null, dataDir: dataDirIn('source') },
    fresh: async () => ({ databaseUrl: null, dataDir: dataDirIn('target') }),
  }),
  tearDown: async () => undefined,
};

function postgres(baseUrl: string): Engine {
  const created: string[] = [];
  async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }
  async function scratch(label: string): Promise<Target> {
    const name = `selaras_backup_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
    await admin((c) => c.query(`create database "${name}"`));
    created.push(name);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return { databaseUrl: url.toString(), dataDir: dataDirIn(label) };
  }
  return {
    name: 'PostgreSQL',
    setUp: async () => ({ source: await scratch('source'), fresh: () => scratch('target') }),
    tearDown: () =>
      admin(async (c) => {
        for (const name of created) await c.query(`drop database if exists "${name}" with (force)`);
      }),
  };
}

const engines = [pglite, ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : [])];

for (const engine of engines) {
  describe(`backup and restore on ${engine.name}`, () => {
    let source: Target;
    let fresh: () => Promise<Target>;
    let backup: string;
    let restored: Target;

    before(async () => {
      ({ source, fresh } = await engine.setUp());
      await populate(source);
      backup = path.join(work, `${engine.name}-${randomBytes(4).toString('hex')}.tar`);
    });
    after(() => engine.tearDown());

    test('a backup restored into a fresh target holds the same rows and files, and its audit trail verifies', async () => {
      const made = await createBackup(source, backup);
      assert.ok(made.databaseBytes > 0 && made.fileCount > 0, 'the backup holds a dump and files');
      restored = await fresh();
      const summary = await restoreBackup(restored, backup, { force: false });
      assert.deepEqual(summary.replaced, []);

      const [before, after] = [await fingerprint(source), await fingerprint(restored)];
      assert.ok(Object.keys(before).length > 50, 'every table is compared');
      assert.ok((before['public.audit_events']?.rows ?? 0) > 100, 'the demo activity is there');
      assert.deepEqual(after, before);
      const files = await storedFiles(source.dataDir);
      assert.ok(
        Object.keys(files).some((f) => f.startsWith('files/uploads/')),
        'upload part files are included',
      );
      assert.deepEqual(await storedFiles(restored.dataDir), files);

      const audit = await auditOf(restored);
      assert.equal(audit.ok, true);
      assert.ok(audit.checked > 100);
    });

    test('a target holding data is refused without --force and left as it was', async () => {
      const before = await fingerprint(restored);
      await assert.rejects(
        restoreBackup(restored, backup, { force: false }),
        /not empty.*Nothing was changed; add --force/s,
      );
      assert.deepEqual(await fingerprint(restored), before);
    });

    test('a truncated or corrupted backup gives a clear error and leaves the target untouched', async () => {
      const { truncated, flipped } = damagedCopies(backup);
      const [rowsBefore, filesBefore] = [await fingerprint(restored), await storedFiles(restored.dataDir)];
      for (const damaged of [truncated, flipped]) {
        await assert.rejects(
          restoreBackup(restored, damaged, { force: true }),
          /damaged or incomplete, nothing was restored/,
        );
        assert.deepEqual(await fingerprint(restored), rowsBefore);
        assert.deepEqual(await storedFiles(restored.dataDir), filesBefore);
      }
      const empty = await fresh();
      await assert.rejects(restoreBackup(empty, truncated, { force: false }), /damaged or incomplete/);
      assert.deepEqual(await storedFiles(empty.dataDir), {});
      if (empty.databaseUrl) assert.deepEqual(await fingerprint(empty), {});
      else assert.equal(existsSync(path.join(empty.dataDir, 'pglite')), false);
    });

    test('--force replaces a target that holds other data with the backup', async () => {
      const other = await fresh();
      await populateMinimal(other);
      const summary = await restoreBackup(other, backup, { force: true });
      assert.ok(summary.replaced.length > 0);
      assert.deepEqual(await fingerprint(other), await fingerprint(source));
      assert.deepEqual(await storedFiles(other.dataDir), await storedFiles(source.dataDir));
    });
  });
}

/** A different, smaller install: migrated with the unit hierarchy only, its job schema, and a stray file. */
async function populateMinimal(target: Target): Promise<void> {
  const database = await openDatabase(target);
  try {
    await database.migrate();
    await seedIfEmpty(database, { demo: false });
    await startAndStopJobs(database);
  } finally {
    await database.close();
  }
  mkdirSync(path.join(target.dataDir, 'files', 'zz'), { recursive: true });
  writeFileSync(path.join(target.dataDir, 'files', 'zz', 'stray'), 'not in the backup');
}
