// Load: a mixed workload at 50 connections for LOAD_SECONDS (default 60) against the real server in its own
// process, on a fresh PGlite and, when TEST_DATABASE_URL is set, on a scratch database of that PostgreSQL server:
// sign-ins, list reads, the dashboard, report submissions with Idempotency-Keys (some of them retries of an
// earlier one) and the live campaign board. Every answer must be a 2xx: no error, no timeout, no 5xx.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { signIn, startServer } from '../bench/servers.js';
import { openReportJobs, type ReportJob } from '../bench/reporters.js';
import { OPEN_REPORT_BODY } from '../bench/open-follow-ups.js';
import { DEMO_PASSWORD } from './modules/users/index.js';

type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type Result = {
  duration: number;
  requests: { total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '5xx': number;
};
/** A connection's context: the submission it has in flight (one request at a time per connection). */
type Context = { submission?: { job: ReportJob; key: string }; kind?: keyof Counts };
type Step = {
  setupRequest: (r: RawRequest, context: Context) => RawRequest;
  onResponse: (status: number, body: string, context: Context) => void;
};
type Options = { url: string; connections: number; duration: number; timeout: number; requests: Step[] };
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Options) => Promise<Result>;

const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
/** Open follow-ups to report on: far more than the submissions a minute can make here. */
const OPEN_DIRECTIVES = 80;
const KIND = [
  'read',
  'read',
  'dashboard',
  'report',
  'read',
  'board',
  'report',
  'read',
  'read',
  'report',
  'sign-in',
  'read',
] as const;

type Counts = Record<(typeof KIND)[number] | 'retry', number>;
const noCounts = (): Counts => ({ read: 0, dashboard: 0, report: 0, retry: 0, board: 0, 'sign-in': 0 });

/** Requests sent and answered per kind (a timed-out request is sent, never answered), and the first refusals. */
type Tally = { sent: Counts; answered: Counts; refused: string[] };

/** The mixed workload: the next request of the cycle above, each report on a follow-up not reported yet. */
function workload(admin: string, reads: string[], board: string, jobs: ReportJob[], tally: Tally): Options['requests'] {
  const counts = tally.sent;
  let step = 0;
  let nextJob = 0;
  const answered: { job: ReportJob; key: string }[] = [];
  const get = (url: string, cookie: string): RawRequest => ({ method: 'GET', path: url, headers: { cookie } });
  const report = (job: ReportJob, key: string): RawRequest => ({
    method: 'POST',
    path: `/api/v1/assignments/${job.assignmentId}/reports`,
    headers: {
      'content-type': 'application/json',
      cookie: job.cookie,
      'x-csrf-token': job.csrf,
      'idempotency-key': key,
    },
    body: JSON.stringify(OPEN_REPORT_BODY),
  });
  return [
    {
      setupRequest: (_req, context) => {
        const request = nextRequest(context);
        context.kind = request.kind;
        counts[request.kind]++;
        return request.raw;
      },
      onResponse: (status, body, context) => {
        if (context.kind) tally.answered[context.kind]++;
        if (context.submission && status === 201) answered.push(context.submission);
        if ((status < 200 || status > 299) && tally.refused.length < 5)
          tally.refused.push(`${status} ${body.slice(0, 300)}`);
      },
    },
  ];

  function nextRequest(context: Context): { kind: keyof Counts; raw: RawRequest } {
    const kind = KIND[step++ % KIND.length] ?? 'read';
    context.submission = undefined;
    if (kind === 'report') {
      // One in five is a retry, with the same key, of a submission already answered (as a phone would resend
      // when the answer was lost): it must get the first answer back, not a second report.
      const earlier = answered.length > 0 && step % 5 === 0 ? answered[Math.floor(answered.length / 2)] : undefined;
      if (earlier) return { kind: 'retry', raw: report(earlier.job, earlier.key) };
      const job = jobs[nextJob++];
      if (job) {
        context.submission = { job, key: randomUUID() };
        return { kind: 'report', raw: report(job, context.submission.key) };
      }
    }
    if (kind === 'sign-in') {
      const body = JSON.stringify({ username: 'admin', password: DEMO_PASSWORD });
      return {
        kind,
        raw: { method: 'POST', path: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, body },
      };
    }
    if (kind === 'dashboard') return { kind, raw: get('/api/v1/overview', admin) };
    if (kind === 'board') return { kind, raw: get(board, admin) };
    return { kind: 'read', raw: get(reads[step % reads.length] ?? '/api/v1/units', admin) };
  }
}

/** Follow-ups not yet reported anywhere (the admin sees the whole country). */
async function openCount(base: string, cookie: string): Promise<number> {
  await (await fetch(`${base}/readyz`)).arrayBuffer();
  const res = await fetch(`${base}/api/v1/assignments?status=belum_dimulai&role=follow_up&limit=1`, {
    headers: { cookie },
  });
  return ((await res.json()) as { total: number }).total;
}

async function runLoad(engine: string, env: Record<string, string>): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-load-'));
  const server = await startServer('selaras', {
    BENCH_DATA_DIR: dataDir,
    BENCH_DEMO_ACTIVITY: '1',
    BENCH_OPEN_FOLLOW_UPS: String(OPEN_DIRECTIVES),
    ...env,
  });
  try {
    const admin = await signIn(server.url);
    const campaigns = (await (
      await fetch(`${server.url}/api/v1/campaigns`, { headers: { cookie: admin } })
    ).json()) as { items: { id: string }[] };
    const campaignId = campaigns.items[0]?.id;
    assert.ok(campaignId, 'the demo has a campaign');
    const jobs = await openReportJobs(server.url, admin);
    assert.ok(jobs.length > 1000, `open follow-ups to report on (${jobs.length})`);
    const reads = [
      '/api/v1/units?limit=50',
      '/api/v1/assignments?limit=50',
      '/api/v1/directives?limit=20',
      '/api/v1/incidents?limit=20',
      '/api/v1/notifications',
    ];
    const before = await openCount(server.url, admin);
    const tally: Tally = { sent: noCounts(), answered: noCounts(), refused: [] };
    const counts = tally.sent;
    const r = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      requests: workload(admin, reads, `/api/v1/campaigns/${campaignId}/board`, jobs, tally),
    });
    process.stdout.write(
      `load on ${engine}: ${r.requests.total} requests in ${r.duration} s (${(r.requests.total / r.duration).toFixed(0)} req/s) at ` +
        `${CONNECTIONS} connections; p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
        `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, 5xx ${r['5xx']}; ` +
        `answered/sent: ${Object.entries(counts)
          .map(([k, n]) => `${k} ${tally.answered[k as keyof Counts]}/${n}`)
          .join(', ')}\n` +
        tally.refused.map((r) => `  refused: ${r}\n`).join(''),
    );
    assert.equal(r.errors, 0, 'no connection error');
    assert.equal(r.timeouts, 0, 'no request unanswered after 10 s');
    assert.equal(r['5xx'], 0, 'no server error');
    assert.equal(r.non2xx, 0, 'every answer a 2xx');
    assert.ok(counts.report > 0 && counts.retry > 0 && counts['sign-in'] > 0, 'every kind of request was sent');
    const after = await openCount(server.url, admin);
    const made = before - after;
    // Requests still in flight when the run stopped may or may not have been answered.
    assert.ok(
      made <= counts.report && made >= counts.report - CONNECTIONS,
      `${made} follow-ups reported for ${counts.report} submissions`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test(
  `mixed load for ${SECONDS} s at ${CONNECTIONS} connections on PGlite: zero errors`,
  { timeout: (SECONDS + 300) * 1000 },
  async () => {
    await runLoad('PGlite', { BENCH_DATABASE_URL: '' });
  },
);

const serverUrl = process.env.TEST_DATABASE_URL;
test(
  `mixed load for ${SECONDS} s at ${CONNECTIONS} connections on PostgreSQL: zero errors`,
  { skip: serverUrl ? false : 'TEST_DATABASE_URL is not set', timeout: (SECONDS + 300) * 1000 },
  async () => {
    const name = `selaras_load_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    try {
      await runLoad('PostgreSQL', { BENCH_DATABASE_URL: url.href });
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  },
);
