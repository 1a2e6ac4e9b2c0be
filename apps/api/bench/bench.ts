// `npm run bench`: throughput and latency of the real app on this machine (demo install with its activity), next
// to two ceilings measured in the same run: bare Fastify routes returning the same JSON (for the reads), and a bare
// route doing one INSERT through `pg` (BENCH_DATABASE_URL) or PGlite (for report submission). Each server runs in
// its own child process on 127.0.0.1 so the load generator does not share its event loop.
//   BENCH_SECONDS       seconds per scenario (default 10)
//   BENCH_OPEN_DIRECTIVES directives with every UPT's follow-up open, reported on by the Kanwil verifiers during
//                       the report-submission scenario (default 60, ~7,400 follow-ups)
//   BENCH_DATABASE_URL  a scratch PostgreSQL database (migrated and given the demo seed);
//                       default: a fresh PGlite in a temporary directory. The national section
//                       creates and drops its own database on the same server.
//   BENCH_NATIONAL_SCALE  size of the generated national dataset (default 1: ~520 UPTs, 500
//                       directives, ~270k follow-ups, ~1M report versions); 0 skips that section
//   BENCH_PROGRAMME_SCALE size of the generated pembinaan year (default 1: ~280k inmates over ~520 UPTs, 5
//                       programmes per UPT meeting twice a week, ~4M attendance rows); PostgreSQL only
//                       (BENCH_DATABASE_URL; skipped with a note without it); 0 skips that section
//   BENCH_PHOTOS        campaign photos uploaded and attached (~300 KB each, default 2000); 0 skips
//   BENCH_PHOTO_CLIENTS concurrent clients uploading them (default 50)
// It also reports the web app's first-load weight and, in Debian's chromium on an emulated slow 3G link, the time
// to a usable sign-in page and assignment list (CHROMIUM_PATH points elsewhere).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../src/modules/users/index.js';
import { signIn, startServer, type Memory, type Server } from './servers.js';
import { benchNational } from './national.js';
import { benchCampaignPhotos } from './campaign-photos.js';
import { benchProgrammes } from './programmes.js';
import { benchWebFirstLoad } from './web-first-load.js';
import { DEFAULT_WEB_DIST } from '../src/app.js';
import { formatTable, type LoadResult, type Row } from './bench-table.js';
import { openReportJobs } from './reporters.js';
import { OPEN_REPORT_BODY } from './open-follow-ups.js';

type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type LoadOptions = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  requests?: { setupRequest: (req: RawRequest) => RawRequest }[];
  connections: number;
  duration: number;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: LoadOptions) => Promise<LoadResult>;

const CONNECTIONS = 50;
const READ_AIM = { kind: 'p99', ms: 100 } as const;

/** Requests abandoned when a run ends are still queued in the server: wait until it answers again. */
async function drain(readyUrl: string): Promise<void> {
  await fetch(readyUrl).then((r) => r.arrayBuffer());
}

async function load(
  scenario: string,
  opts: Omit<LoadOptions, 'connections' | 'duration'>,
  seconds: number,
  readyUrl: string,
): Promise<Row> {
  await autocannon({ ...opts, connections: CONNECTIONS, duration: 1 }); // warm-up, not counted
  await drain(readyUrl);
  process.stdout.write(`  ${scenario}: ${seconds} s at ${CONNECTIONS} connections…\n`);
  const result = await autocannon({ ...opts, connections: CONNECTIONS, duration: seconds });
  await drain(readyUrl);
  return { scenario, result };
}

/** Report submissions: each request reports on the next open follow-up as its Kanwil, with a fresh Idempotency-Key. */
function reportRequests(jobs: Awaited<ReturnType<typeof openReportJobs>>): LoadOptions['requests'] {
  let next = 0;
  const body = JSON.stringify(OPEN_REPORT_BODY);
  return [
    {
      setupRequest: (req) => {
        const job = jobs[next++ % jobs.length];
        if (!job) return req;
        return {
          ...req,
          method: 'POST',
          path: `/api/v1/assignments/${job.assignmentId}/reports`,
          headers: { 'content-type': 'application/json', cookie: job.cookie, 'x-csrf-token': job.csrf, 'idempotency-key': randomUUID() },
          body,
        };
      },
    },
  ];
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!(seconds > 0 && seconds <= 600)) throw new Error('BENCH_SECONDS must be between 1 and 600');
  const nationalScale = Number(process.env.BENCH_NATIONAL_SCALE ?? 1);
  if (!(nationalScale >= 0 && nationalScale <= 4)) throw new Error('BENCH_NATIONAL_SCALE must be between 0 and 4');
  const programmeScale = Number(process.env.BENCH_PROGRAMME_SCALE ?? 1);
  if (!(programmeScale >= 0 && programmeScale <= 4)) throw new Error('BENCH_PROGRAMME_SCALE must be between 0 and 4');
  const photos = Number(process.env.BENCH_PHOTOS ?? 2000);
  if (!(Number.isInteger(photos) && photos >= 0 && photos <= 20_000))
    throw new Error('BENCH_PHOTOS must be a whole number between 0 and 20000');
  const photoClients = Number(process.env.BENCH_PHOTO_CLIENTS ?? 50);
  if (!(Number.isInteger(photoClients) && photoClients >= 1 && photoClients <= 500))
    throw new Error('BENCH_PHOTO_CLIENTS must be between 1 and 500');
  const openDirectives = Number(process.env.BENCH_OPEN_DIRECTIVES ?? 60);
  if (!(Number.isInteger(openDirectives) && openDirectives >= 1 && openDirectives <= 1000))
    throw new Error('BENCH_OPEN_DIRECTIVES must be a whole number between 1 and 1000');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
  const servers: Server[] = [];
  const deadline = setTimeout(
    () => {
      process.stderr.write('bench: over its time budget, stopping\n');
      process.exit(1);
    },
    (seconds + 2) * 14 * 1000 + 420_000 + nationalScale * 900_000 + programmeScale * 600_000 + (photos > 0 ? 120_000 + photos * 250 : 0),
  ).unref();
  try {
    const onPostgres = Boolean(process.env.BENCH_DATABASE_URL);
    process.stdout.write(`Starting Selaras on ${onPostgres ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'a fresh PGlite'} with the demo activity…\n`);
    const selaras = await startServer('selaras', {
      BENCH_DATA_DIR: dataDir,
      BENCH_WEB_DIST: DEFAULT_WEB_DIST,
      BENCH_DEMO_ACTIVITY: '1',
      BENCH_OPEN_FOLLOW_UPS: String(openDirectives),
    });
    servers.push(selaras);
    const cookie = await signIn(selaras.url);
    const api = `${selaras.url}/api/v1`;
    const fetchBody = async (url: string) => {
      const res = await fetch(url, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
      return res.text();
    };
    const listUrl = `${api}/units?limit=50`;
    const units = (JSON.parse(await fetchBody(listUrl)) as { items: { id: string; kind: string }[] }).items;
    const unit = units.find((u) => u.kind === 'upt') ?? units[0];
    if (!unit) throw new Error('the unit list is empty');
    const campaigns = JSON.parse(await fetchBody(`${api}/campaigns?limit=50`)) as { items: { id: string }[] };
    const campaignId = campaigns.items[0]?.id;
    if (!campaignId) throw new Error('the demo has no campaign');
    const reads = [
      { scenario: 'unit list (50)', url: listUrl },
      { scenario: 'unit detail', url: `${api}/units/${unit.id}` },
      { scenario: 'assignment list (50)', url: `${api}/assignments?limit=50` },
      { scenario: 'dashboard (national)', url: `${api}/overview` },
      { scenario: 'live campaign board', url: `${api}/campaigns/${campaignId}/board` },
    ];
    const bodies: Record<string, unknown> = {};
    for (const r of reads) bodies[new URL(r.url).pathname] = JSON.parse(await fetchBody(r.url));
    const jobs = await openReportJobs(selaras.url, cookie);
    if (jobs.length === 0) throw new Error('no open follow-up to report on');

    const login = JSON.stringify({ username: 'admin', password: DEMO_PASSWORD });
    const json = { 'content-type': 'application/json' };
    const ready = `${selaras.url}/readyz`;
    const submission = await load('report submission', { url: selaras.url, requests: reportRequests(jobs) }, seconds, ready);
    const signInRow = await load('sign-in (argon2)', { url: `${api}/auth/login`, method: 'POST', headers: json, body: login }, seconds, ready);
    const readRows: Row[] = [];
    for (const r of reads) readRows.push(await load(r.scenario, { url: r.url, headers: { cookie } }, seconds, ready));
    const selarasMemory = await selaras.memory();
    const webFirstLoad = await benchWebFirstLoad({ url: selaras.url, cookie, distDir: DEFAULT_WEB_DIST });
    await selaras.stop();

    const bodiesFile = path.join(dataDir, 'bare-bodies.json');
    writeFileSync(bodiesFile, JSON.stringify(bodies));
    const bare = await startServer('bare', { BENCH_BARE_BODIES_FILE: bodiesFile });
    servers.push(bare);
    const ceilings: Row[] = [];
    for (const [i, r] of reads.entries()) {
      const url = `${bare.url}${new URL(r.url).pathname}${new URL(r.url).search}`;
      const ceiling = await load(`bare Fastify, same JSON as ${r.scenario}`, { url }, seconds, url);
      ceilings.push(ceiling);
      const row = readRows[i];
      if (row) Object.assign(row, { ceiling: { name: 'bare JSON', result: ceiling.result }, aim: READ_AIM });
    }
    const bareMemory = await bare.memory();
    await bare.stop();

    const insertDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-insert-'));
    const bareInsert = await startServer('bare-insert', { BENCH_DATA_DIR: insertDir });
    servers.push(bareInsert);
    const insertCeiling = await load(
      `bare Fastify, one INSERT (${onPostgres ? 'pg' : 'PGlite'})`,
      { url: `${bareInsert.url}/insert`, method: 'POST', headers: json, body: JSON.stringify(OPEN_REPORT_BODY) },
      seconds,
      `${bareInsert.url}/missing`,
    );
    await bareInsert.stop();
    rmSync(insertDir, { recursive: true, force: true });
    ceilings.push(insertCeiling);
    Object.assign(submission, {
      ceiling: { name: 'bare INSERT', result: insertCeiling.result },
      aim: { kind: 'throughput', share: 0.5 },
    });

    const rows = [submission, signInRow, ...readRows];
    const mb = (m: Memory) => `RSS ${m.rssMb.toFixed(0)} MB (peak ${m.peakRssMb.toFixed(0)} MB)`;
    process.stdout.write(
      `\nSelaras ${onPostgres ? 'on PostgreSQL' : 'on PGlite'} (demo install with its activity and ${jobs.length} open follow-ups), ` +
        `${CONNECTIONS} connections, ${seconds} s per scenario, Node ${process.version}, ${os.cpus().length} CPUs, ` +
        `logging off, ${new Date().toISOString().slice(0, 10)}\n\n${formatTable(rows, ceilings)}\n\n` +
        `Selaras server: ${mb(selarasMemory)} after the runs; bare server: ${mb(bareMemory)}\n\n${webFirstLoad}\n`,
    );
    if (photos > 0) {
      process.stdout.write(`\nCampaign photo uploads…\n`);
      process.stdout.write(
        `\n${await benchCampaignPhotos({ photos, clients: photoClients, postgresUrl: process.env.BENCH_DATABASE_URL || null })}\n`,
      );
    }
    if (nationalScale > 0) {
      const postgresUrl = process.env.BENCH_DATABASE_URL || null;
      process.stdout.write(`\n${await benchNational({ scale: nationalScale, postgresUrl })}\n`);
    }
    if (programmeScale > 0) {
      process.stdout.write(`\n${await benchProgrammes({ scale: programmeScale, postgresUrl: process.env.BENCH_DATABASE_URL || null })}\n`);
    }
  } finally {
    clearTimeout(deadline);
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
