// `npm run bench`: throughput and latency of the real app on this machine, next to a bare Fastify
// server returning the same JSON (the ceiling). Each server runs in its own child process on
// 127.0.0.1 so the load generator does not share its event loop.
//   BENCH_SECONDS       seconds per scenario (default 10)
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
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/modules/users/index.js';
import { signIn, startServer, type Memory, type Server } from './servers.js';
import { benchNational } from './national.js';
import { benchCampaignPhotos } from './campaign-photos.js';
import { benchProgrammes } from './programmes.js';
import { benchWebFirstLoad } from './web-first-load.js';
import { DEFAULT_WEB_DIST } from '../src/app.js';

type LoadOptions = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  duration: number;
};
type Histogram = { average: number; p50: number; p99: number };
type LoadResult = {
  duration: number;
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: LoadOptions) => Promise<LoadResult>;

const CONNECTIONS = 50;

type Row = { scenario: string; result: LoadResult };

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

const perSecond = (r: LoadResult) => r.requests.total / r.duration;

function table(rows: Row[], ceiling: LoadResult): string {
  const head = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'of ceiling'];
  const body = rows.map(({ scenario, result: r }) => [
    scenario,
    perSecond(r).toFixed(0),
    r.latency.p50.toFixed(1),
    r.latency.p99.toFixed(1),
    `${r.errors}/${r.non2xx}`,
    r === ceiling ? '(ceiling)' : `${((100 * perSecond(r)) / perSecond(ceiling)).toFixed(1)} %`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const timeouts = rows.filter((r) => r.result.timeouts > 0).map((r) => `${r.scenario}: ${r.result.timeouts}`);
  const note = timeouts.length ? `\nerrors include requests unanswered after 10 s (${timeouts.join(', ')})` : '';
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + note;
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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
  const servers: Server[] = [];
  const deadline = setTimeout(
    () => {
      process.stderr.write('bench: over its time budget, stopping\n');
      process.exit(1);
    },
    (seconds + 2) * 4 * 1000 + 180_000 + nationalScale * 900_000 + programmeScale * 600_000 + (photos > 0 ? 120_000 + photos * 250 : 0),
  ).unref();
  try {
    const onPostgres = Boolean(process.env.BENCH_DATABASE_URL);
    process.stdout.write(`Starting Selaras on ${onPostgres ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'a fresh PGlite'}…\n`);
    const selaras = await startServer('selaras', { BENCH_DATA_DIR: dataDir, BENCH_WEB_DIST: DEFAULT_WEB_DIST });
    servers.push(selaras);
    const cookie = await signIn(selaras.url);
    const listUrl = `${selaras.url}/api/v1/units?limit=50`;
    const listBody = await (await fetch(listUrl, { headers: { cookie } })).text();
    const units = (JSON.parse(listBody) as { items: { id: string; kind: string }[] }).items;
    const unit = units.find((u) => u.kind === 'upt') ?? units[0];
    if (!unit) throw new Error('the unit list is empty');

    const login = JSON.stringify({ username: 'admin', password: DEMO_PASSWORD });
    const json = { 'content-type': 'application/json' };
    const ready = `${selaras.url}/readyz`;
    const rows = [
      await load(
        'sign-in (argon2)',
        { url: `${selaras.url}/api/v1/auth/login`, method: 'POST', headers: json, body: login },
        seconds,
        ready,
      ),
      await load('unit list (50)', { url: listUrl, headers: { cookie } }, seconds, ready),
      await load('unit detail', { url: `${selaras.url}/api/v1/units/${unit.id}`, headers: { cookie } }, seconds, ready),
    ];
    const selarasMemory = await selaras.memory();
    const webFirstLoad = await benchWebFirstLoad({ url: selaras.url, cookie, distDir: DEFAULT_WEB_DIST });
    await selaras.stop();

    const bare = await startServer('bare', { BENCH_BARE_BODY: listBody });
    servers.push(bare);
    const bareList = `${bare.url}/api/v1/units?limit=50`;
    const ceiling = await load('bare Fastify, same JSON', { url: bareList }, seconds, bareList);
    const bareMemory = await bare.memory();
    await bare.stop();

    rows.push(ceiling);
    const mb = (m: Memory) => `RSS ${m.rssMb.toFixed(0)} MB (peak ${m.peakRssMb.toFixed(0)} MB)`;
    process.stdout.write(
      `\nSelaras ${onPostgres ? 'on PostgreSQL' : 'on PGlite'}, ${CONNECTIONS} connections, ${seconds} s per scenario, ` +
        `Node ${process.version}, ${os.cpus().length} CPUs, logging off\n\n${table(rows, ceiling.result)}\n\n` +
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
