// National roll-ups on a generated dataset (see src/national): one directive's roll-up, the
// dashboard and the national follow-up list, measured one request at a time (p50/p95), on a
// fresh PGlite and, when BENCH_DATABASE_URL is set, on a fresh database of that PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/index.js';
import { buildNationalDataset, type NationalDataset } from '../src/national/national-dataset.js';
import { signIn, startServer } from './servers.js';

const SAMPLES = 60;
type Timing = { engine: string; scenario: string; p50: number; p95: number; status: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(engine: string, scenario: string, url: string, cookie: string): Promise<Timing> {
  const once = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status };
  };
  for (let i = 0; i < 5; i++) await once();
  const samples: number[] = [];
  let status = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const r = await once();
    samples.push(r.ms);
    status = r.status;
  }
  samples.sort((a, b) => a - b);
  return { engine, scenario, p50: percentile(samples, 50), p95: percentile(samples, 95), status };
}

async function measure(engine: string, env: Record<string, string>): Promise<Timing[]> {
  const server = await startServer('selaras', env);
  try {
    const cookie = await signIn(server.url);
    const api = `${server.url}/api/v1`;
    const list = (await (await fetch(`${api}/directives?limit=1`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const directiveId = list.items[0]?.id;
    if (!directiveId) throw new Error('the national dataset has no directives');
    return [
      await time(engine, 'directive roll-up (national)', `${api}/directives/${directiveId}/rollup`, cookie),
      await time(engine, 'dashboard (national)', `${api}/overview`, cookie),
      await time(engine, 'follow-up list, first page', `${api}/assignments?limit=50`, cookie),
    ];
  } finally {
    await server.stop();
  }
}

/** The aim on national roll-ups: the dashboard's p95 under 200 ms on PostgreSQL. */
function aimOf(t: Timing): string {
  if (t.engine !== 'PostgreSQL' || !t.scenario.startsWith('dashboard')) return '';
  return `p95 < 200 ms: ${t.p95 < 200 ? 'met' : 'MISSED'}`;
}

function describe(engine: string, d: NationalDataset): string {
  return (
    `  ${engine}: ${d.upts} UPTs, ${d.directives} directives, ${d.assignments} assignments, ` +
    `${d.reports} report versions, ${d.products.products} products with ${d.products.batches} batches and ` +
    `${d.products.sales} sales, generated in ${d.seconds.toFixed(0)} s\n`
  );
}

async function onPglite(scale: number): Promise<Timing[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-national-'));
  try {
    const database = await openDatabase({ databaseUrl: null, dataDir });
    process.stdout.write(describe('PGlite', await buildNationalDataset(database, { scale })));
    await database.close();
    return await measure('PGlite', { BENCH_DATA_DIR: dataDir, BENCH_DATABASE_URL: '' });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string, scale: number): Promise<Timing[]> {
  const name = `selaras_bench_national_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ databaseUrl: url.href, dataDir: os.tmpdir() });
    process.stdout.write(describe('PostgreSQL', await buildNationalDataset(database, { scale })));
    await database.close();
    return await measure('PostgreSQL', { BENCH_DATABASE_URL: url.href });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Builds the dataset on each engine, measures, and returns the printed table. */
export async function benchNational(opts: { scale: number; postgresUrl: string | null }): Promise<string> {
  process.stdout.write(`\nNational dataset at scale ${opts.scale} (${SAMPLES} sequential requests per figure)…\n`);
  const rows = [...(await onPglite(opts.scale))];
  if (opts.postgresUrl) rows.push(...(await onPostgres(opts.postgresUrl, opts.scale)));
  const head = ['engine', 'scenario', 'p50 ms', 'p95 ms', 'status', 'aim'];
  const body = rows.map((r) => [r.engine, r.scenario, r.p50.toFixed(1), r.p95.toFixed(1), String(r.status), aimOf(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 || i === 5 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
