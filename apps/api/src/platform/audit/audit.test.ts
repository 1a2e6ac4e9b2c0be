import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, count, countDistinct, eq, sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../../app.js';
import { CliError, readPassword } from '../../cli/admin.js';
import { seedIfEmpty } from '../../seed.js';
import { buildTestApp, signIn, testConfig, type TestApp } from '../../test/app.js';
import { testDbKind } from '../../test/db.js';
import { openDatabase, openPostgres, type Database, type Db } from '../db/index.js';
import { hashAuditEvent, verifyAuditChains } from './audit.js';
import { auditEvents } from './audit.table.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const CLI_DIR = fileURLToPath(new URL('../../cli/', import.meta.url));
const config = { loginRateLimitPerMinute: 100_000 };

/** What an attacker with owner rights does: switch the append-only trigger off around a change. */
async function asTableOwner(db: Db, change: SQL): Promise<void> {
  await db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
  try {
    await db.execute(change);
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
  }
}

async function chainRows(db: Db) {
  const rows = await db.select().from(auditEvents).orderBy(asc(auditEvents.chainKey), asc(auditEvents.seq));
  const chains = new Map<string, typeof rows>();
  for (const row of rows) chains.set(row.chainKey, [...(chains.get(row.chainKey) ?? []), row]);
  return chains;
}

type AuditRow = typeof auditEvents.$inferSelect;
const breakAt = (row: AuditRow, reason: string) => ({ chainKey: row.chainKey, seq: row.seq, eventId: row.id, reason });

/** A chain with at least two events, so a tampered first row has a following link. */
async function longChain(db: Db) {
  const chain = [...(await chainRows(db)).values()].find((rows) => rows.length >= 2);
  assert.ok(chain, 'expected a chain with two or more events');
  return chain;
}

describe('audit hash chains', () => {
  let t: TestApp;
  let db: Db;
  before(async () => {
    t = await buildTestApp({ config });
    db = t.database.db;
  });
  after(async () => t.close());

  test('sign-ins in several units leave one valid chain per unit', async () => {
    assert.deepEqual(await verifyAuditChains(db), { ok: true, checked: 0, chains: 0, firstBreak: null });
    // Two accounts share LPP Tangerang: five events in four unit chains.
    for (const user of [
      'admin',
      'kanwil.banten',
      'operator.lpp.tangerang',
      'kalapas.lpp.tangerang',
      'operator.lapas.cipinang',
    ]) {
      await t.as(user);
    }
    const [stored] = await db
      .select({ events: count(), chains: countDistinct(auditEvents.chainKey) })
      .from(auditEvents);
    assert.deepEqual(stored, { events: 5, chains: 4 });
    assert.deepEqual(await verifyAuditChains(db, 2), { ok: true, checked: 5, chains: 4, firstBreak: null });
  });

  test('concurrent appends to two units all succeed and keep every chain contiguous', async () => {
    const before = await verifyAuditChains(db);
    const users = Array.from({ length: 24 }, (_, i) => (i % 2 ? 'operator.lpp.tangerang' : 'operator.lapas.cipinang'));
    await Promise.all(users.map((u) => t.as(u)));
    const result = await verifyAuditChains(db);
    assert.deepEqual(result, { ok: true, checked: before.checked + 24, chains: before.chains, firstBreak: null });
    for (const [chainKey, rows] of await chainRows(db)) {
      assert.deepEqual(
        rows.map((r) => r.seq),
        rows.map((_, i) => i + 1),
        `chain ${chainKey} has gaps or repeats`,
      );
    }
  });

  test('a plain UPDATE or DELETE is refused by the database', async () => {
    const refused = (err: unknown) => /append-only/.test(String((err as Error).cause ?? err));
    await assert.rejects(db.execute(sql`update audit_events set summary = '{}'::jsonb`), refused);
    await assert.rejects(db.execute(sql`delete from audit_events`), refused);
    assert.equal((await verifyAuditChains(db)).ok, true);
  });
});

describe('audit tampering is detected', () => {
  let t: TestApp;
  let db: Db;
  beforeEach(async () => {
    t = await buildTestApp({ config });
    db = t.database.db;
    for (const user of ['admin', 'kanwil.banten', 'admin', 'operator.lpp.tangerang']) await t.as(user);
  });
  afterEach(async () => t.close());

  test('an edited summary, actor name or position title breaks its own link, named by event id', async () => {
    const [victim] = await longChain(db);
    assert.ok(victim);
    const edits = {
      summary: [sql`summary = '{"ip":"10.6.6.6"}'::jsonb`, sql`summary = ${JSON.stringify(victim.summary)}::jsonb`],
      actorName: [sql`actor_name = 'Orang Lain'`, sql`actor_name = ${victim.actorName}`],
      positionTitle: [sql`position_title = 'Kalapas'`, sql`position_title = ${victim.positionTitle}`],
    };
    for (const [field, [edit, restore]] of Object.entries(edits)) {
      await asTableOwner(db, sql`update audit_events set ${edit} where id = ${victim.id}`);
      const result = await verifyAuditChains(db);
      assert.deepEqual(result.firstBreak, breakAt(victim, 'content does not match its hash'), field);
      await asTableOwner(db, sql`update audit_events set ${restore} where id = ${victim.id}`);
      assert.equal((await verifyAuditChains(db)).ok, true, `restoring ${field} restores the chain`);
    }
  });

  test('an edit whose hash is recomputed breaks the next link', async () => {
    const [victim, next] = await longChain(db);
    assert.ok(victim && next);
    const forged = { ...victim, summary: { ip: '10.6.6.6' } };
    const hash = hashAuditEvent(victim.prevHash, forged);
    const change = sql`update audit_events set summary = ${JSON.stringify(forged.summary)}::jsonb, hash = ${hash} where id = ${victim.id}`;
    await asTableOwner(db, change);
    assert.deepEqual((await verifyAuditChains(db)).firstBreak, breakAt(next, 'previous hash does not match'));
  });

  test('deleting the last event of a chain is detected', async () => {
    const chain = [...(await chainRows(db)).values()].find((rows) => rows.length === 1);
    const last = chain?.at(-1);
    assert.ok(last);
    await asTableOwner(db, sql`delete from audit_events where id = ${last.id}`);
    const result = await verifyAuditChains(db);
    assert.equal(result.ok, false);
    assert.equal(result.firstBreak?.chainKey, last.chainKey);
    assert.match(result.firstBreak?.reason ?? '', /rows missing/);
  });
});

type CliDatabase = { env: Record<string, string>; open(): Promise<Database>; dispose(): Promise<void> };

/** A database the command-line tools can open from another process: a PGlite directory, or a PostgreSQL database. */
async function createCliDatabase(): Promise<CliDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-audit-cli-'));
    return {
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ databaseUrl: null, dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `selaras_cli_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await onServer(`create database "${name}"`);
  return {
    env: { DATABASE_URL: url.toString() },
    open: async () => openPostgres(url.toString(), 2),
    dispose: () => onServer(`drop database if exists "${name}" with (force)`),
  };
}

// The tools read the server's configuration; start each run from none of it.
const CLEAN_ENV = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: '', DATA_DIR: '', SELARAS_ADMIN_PASSWORD: '' };

type CliRun = { code: number | null; stdout: string; stderr: string };

function runCli(script: 'admin' | 'audit-verify', args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(CLI_DIR, `${script}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...CLEAN_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function withApp<T>(
  cli: CliDatabase,
  fn: (app: Awaited<ReturnType<typeof buildApp>>, database: Database) => Promise<T>,
) {
  const database = await cli.open();
  const app = await buildApp({ config: testConfig(config), database });
  try {
    return await fn(app, database);
  } finally {
    await app.close();
    await database.close();
  }
}

describe('command-line tools', () => {
  let cli: CliDatabase;
  const password = 'kata-sandi-yang-panjang';
  const createUser = (username: string) => [
    'create-user',
    ...Object.entries({
      username,
      name: 'Admin Pusat',
      unit: 'ditjenpas',
      role: 'admin',
      title: 'Administrator Sistem',
    }).flatMap(([key, value]) => [`--${key}`, value]),
  ];
  before(async () => {
    cli = await createCliDatabase();
    const database = await cli.open();
    await database.migrate();
    await seedIfEmpty(database, { demo: true });
    await database.close();
    await withApp(cli, async (app) => {
      await signIn(app, 'admin');
      await signIn(app, 'kanwil.banten');
    });
  });
  after(async () => cli.dispose());

  test('audit:verify reports an intact trail and exits 0', async () => {
    const run = await runCli('audit-verify', [], cli.env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Audit trail OK: 2 events in 2 chains$/m);
  });

  test('admin create-user makes an account that can sign in, audited as done from the console', async () => {
    const run = await runCli('admin', createUser('admin.pusat'), { ...cli.env, SELARAS_ADMIN_PASSWORD: password });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Created user "admin.pusat"/);
    await withApp(cli, async (app, database) => {
      const me = await (await signIn(app, 'admin.pusat', password)).get('/api/v1/me');
      assert.equal(me.json().position.role, 'admin');
      const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'users.created'));
      assert.equal(event?.actorUserId, null);
      assert.match(String(event?.summary.via), /CLI/);
    });
  });

  test('admin create-user with a taken username fails with a clear message', async () => {
    const run = await runCli('admin', createUser('admin.pusat'), { ...cli.env, SELARAS_ADMIN_PASSWORD: password });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /"admin.pusat" already exists/);
  });

  test('admin create-user refuses without a password source or with a short one', async () => {
    const none = await runCli('admin', createUser('admin.pusat'), cli.env);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /set SELARAS_ADMIN_PASSWORD, or run the command in a terminal/);
    const noTerminal = {
      fromEnv: undefined,
      stdin: Object.assign(Readable.from([]), { isTTY: false }) as unknown as NodeJS.ReadStream,
      out: new PassThrough(),
    };
    await assert.rejects(readPassword(noTerminal), CliError);
    await assert.rejects(readPassword({ ...noTerminal, fromEnv: 'pendek' }), /minimal 10 karakter/);
    assert.equal(await readPassword({ ...noTerminal, fromEnv: password }), password);
  });

  test('admin create-user is refused while another process holds the data directory', async (t) => {
    if (testDbKind() === 'postgres')
      return t.skip('directory lock applies to embedded PGlite only; PostgreSQL serves many processes');
    const held = await cli.open();
    try {
      const run = await runCli('admin', createUser('admin.lain'), { ...cli.env, SELARAS_ADMIN_PASSWORD: password });
      assert.equal(run.code, 1);
      assert.match(run.stderr, new RegExp(`in use by process ${process.pid}`));
    } finally {
      await held.close();
    }
  });

  test('audit:verify names a tampered event and exits 1', async () => {
    const database = await cli.open();
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'users.created'));
    assert.ok(event);
    await asTableOwner(
      database.db,
      sql`update audit_events set summary = '{"username":"orang.lain"}'::jsonb where id = ${event.id}`,
    );
    await database.close();
    const run = await runCli('audit-verify', [], cli.env);
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stdout,
      new RegExp(
        `BROKEN: .*Direktorat Jenderal Pemasyarakatan.*sequence ${event.seq}, event ${event.id}: content does not match`,
      ),
    );
  });
});
