// Crash test: the real server is killed with SIGKILL while 50 clients submit 1,000 follow-up reports
// with Idempotency-Keys, then started again on the same database while the clients keep retrying.
// Afterwards every acknowledged report exists exactly once and the audit chain still verifies.
// Runs on PGlite (a data directory on disk) and, when TEST_DATABASE_URL is set, on a scratch
// PostgreSQL database of its own.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { Db } from './platform/db/index.js';
import { verifyAuditChains } from './platform/audit/audit.js';
import { createScratchDatabase, openAssignments } from './test/crash-setup.js';
import { freePort, newSessionSecret, startServerProcess, type ServerProcess } from './test/server-process.js';
import { submitReports, type Outcome } from './test/report-storm.js';

const REPORTS = 1_000;
const CLIENTS = 50;
const KILL_AFTER_ACKNOWLEDGED = 300;

async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

type Storm = { outcomes: Outcome[]; acknowledgedAtKill: number; restartMs: number; totalMs: number; server: ServerProcess };

/** Fires the reports, kills the server after `KILL_AFTER_ACKNOWLEDGED` acknowledgements and starts it again. */
async function stormWithCrash(first: ServerProcess, restart: () => Promise<ServerProcess>, assignments: Parameters<typeof submitReports>[1]): Promise<Storm> {
  let server = first;
  let acknowledgedAtKill = -1;
  let restartMs = 0;
  let recovered: Promise<void> = Promise.resolve();
  const started = Date.now();
  const outcomes = await submitReports(first.url, assignments, {
    clients: CLIENTS,
    onAcknowledged: (count) => {
      if (count < KILL_AFTER_ACKNOWLEDGED || acknowledgedAtKill >= 0) return;
      acknowledgedAtKill = count;
      recovered = (async () => {
        await first.kill();
        const down = Date.now();
        server = await restart();
        restartMs = Date.now() - down;
      })();
    },
  });
  await recovered;
  return { outcomes, acknowledgedAtKill, restartMs, totalMs: Date.now() - started, server };
}

async function assertExactlyOnce(db: Db, outcomes: Outcome[]): Promise<void> {
  const acknowledged = outcomes.filter((o) => o.status === 201);
  const refused = outcomes.filter((o) => o.status !== 201);
  assert.deepEqual(refused.map((o) => `${o.status} ${o.body}`), [], 'every report is acknowledged in the end');
  assert.equal(acknowledged.length, REPORTS);

  const perAssignment = await rowsOf<{ assignment_id: string; n: number; ids: string[] }>(
    db,
    sql`select assignment_id, count(*)::int as n, array_agg(id::text) as ids from reports group by assignment_id`,
  );
  const byAssignment = new Map(perAssignment.map((r) => [r.assignment_id, r]));
  const duplicated = perAssignment.filter((r) => r.n > 1).map((r) => r.assignment_id);
  assert.deepEqual(duplicated, [], 'no assignment holds two reports');
  for (const o of acknowledged) {
    assert.deepEqual(byAssignment.get(o.assignmentId)?.ids, [o.reportId], `the acknowledged report of ${o.assignmentId} is its only report`);
  }
  assert.equal(perAssignment.length, REPORTS, 'no report beyond the acknowledged ones');

  const keys = await rowsOf<{ narrative: string; n: number }>(db, sql`select narrative, count(*)::int as n from reports group by narrative having count(*) > 1`);
  assert.deepEqual(keys, [], 'no idempotency key made two reports');
  const audited = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_events where action = 'directives.report_submitted'`,
  );
  assert.equal(audited[0]?.n, REPORTS, 'one audit event per report');
  const chains = await verifyAuditChains(db);
  assert.ok(chains.ok, `audit chain verifies: ${JSON.stringify(chains.firstBreak)}`);
}

async function runCrash(t: TestContext, baseUrl: string | null): Promise<void> {
  const setupStarted = Date.now();
  const scratch = await createScratchDatabase(baseUrl);
  const port = await freePort();
  const sessionSecret = newSessionSecret();
  const start = () => startServerProcess({ port, dataDir: scratch.dataDir, databaseUrl: scratch.databaseUrl, sessionSecret });
  let server = await start();
  const startMs = Date.now() - setupStarted;
  try {
    const assignments = await openAssignments(server.url, scratch, REPORTS);
    const setupMs = Date.now() - setupStarted;
    const storm = await stormWithCrash(server, start, assignments);
    server = storm.server;
    await server.stop();

    const retried = storm.outcomes.filter((o) => o.attempts > 1);
    t.diagnostic(
      `${REPORTS} reports by ${CLIENTS} clients: ${storm.acknowledgedAtKill} acknowledged when SIGKILL was sent; ` +
        `${retried.length} retried (${retried.reduce((n, o) => n + o.attempts - 1, 0)} extra attempts); ` +
        `${storm.outcomes.filter((o) => o.replayed).length} answered with Idempotent-Replayed: true; ` +
        `${storm.outcomes.filter((o) => o.inProgress > 0).length} met "409 in progress" after the restart; ` +
        `setup ${(setupMs / 1000).toFixed(1)} s (database and first start ${(startMs / 1000).toFixed(1)} s); ` +
        `restart ${storm.restartMs} ms; total ${(storm.totalMs / 1000).toFixed(1)} s`,
    );
    assert.ok(storm.acknowledgedAtKill >= KILL_AFTER_ACKNOWLEDGED && storm.acknowledgedAtKill < REPORTS, 'the kill came partway');
    assert.ok(retried.length > 0, 'some requests were cut off by the kill and retried');

    const database = await scratch.open();
    try {
      await assertExactlyOnce(database.db, storm.outcomes);
    } finally {
      await database.close();
    }
  } finally {
    await server.kill();
    await scratch.remove();
  }
}

test('PGlite: SIGKILL during 1,000 report submissions, restart on the same data directory, each report exactly once', async (t) => {
  await runCrash(t, null);
});

test(
  'PostgreSQL: SIGKILL during 1,000 report submissions, restart on the same database, each report exactly once',
  { skip: process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set' },
  async (t) => {
    await runCrash(t, process.env.TEST_DATABASE_URL ?? null);
  },
);
