// Participation figures for the whole country over a generated year of pembinaan, on PostgreSQL only (a fresh
// database on the BENCH_DATABASE_URL server): generation counts and times, the national figures request timed
// one at a time (p50/p95), and the query plans of its three statements (EXPLAIN ANALYZE, BUFFERS) summarised.
import os from 'node:os';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Db } from '../src/platform/db/index.js';
import { seedIfEmpty } from '../src/seed.js';
import { addSyntheticUpts, selectRows } from '../src/national/national-units.js';
import { figuresSql } from '../src/modules/programmes/figures.queries.js';
import { monthBounds } from '../src/modules/programmes/figures.service.js';
import { addProgrammeDataset, type ProgrammeDataset } from './programmes-dataset.js';
import { signIn, startServer } from './servers.js';

const RUNS = 10;
type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time': number;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Written Blocks'?: number;
  Plans?: PlanNode[];
};
type Explained = { Plan: PlanNode; 'Planning Time': number; 'Execution Time': number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Time spent in a node itself (its inclusive time less its children's), in ms over all loops. */
function selfTime(node: PlanNode): number {
  const children = (node.Plans ?? []).reduce((sum, c) => sum + c['Actual Total Time'] * c['Actual Loops'], 0);
  return Math.max(0, node['Actual Total Time'] * node['Actual Loops'] - children);
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

function summarisePlan(name: string, e: Explained): string {
  const nodes = flatten(e.Plan).sort((a, b) => selfTime(b) - selfTime(a)).slice(0, 5);
  const describe = (n: PlanNode) =>
    `${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}`;
  const lines = nodes.map(
    (n) =>
      `    ${selfTime(n).toFixed(1).padStart(8)} ms  ${describe(n)} (rows ${n['Actual Rows'] * n['Actual Loops']}, ` +
      `loops ${n['Actual Loops']}, buffers hit ${n['Shared Hit Blocks'] ?? 0} read ${n['Shared Read Blocks'] ?? 0}` +
      `${n['Temp Written Blocks'] ? ` temp ${n['Temp Written Blocks']}` : ''})`,
  );
  const root = e.Plan;
  return [
    `  ${name}: execution ${e['Execution Time'].toFixed(1)} ms, planning ${e['Planning Time'].toFixed(1)} ms, ` +
      `buffers hit ${root['Shared Hit Blocks'] ?? 0} read ${root['Shared Read Blocks'] ?? 0}; nodes by own time:`,
    ...lines,
  ].join('\n');
}

async function explain(db: Db, statement: SQL): Promise<Explained> {
  const [row] = await selectRows<{ 'QUERY PLAN': Explained[] }>(db, sql`explain (analyze, buffers, format json) ${statement}`);
  const plan = row?.['QUERY PLAN'][0];
  if (!plan) throw new Error('EXPLAIN returned no plan');
  return plan;
}

async function timeFigures(url: string, month: string): Promise<{ p50: number; p95: number; status: number; body: string }> {
  const server = await startServer('selaras', { BENCH_DATABASE_URL: url });
  try {
    const cookie = await signIn(server.url);
    const target = `${server.url}/api/v1/programme-figures?month=${month}`;
    const once = async () => {
      const started = performance.now();
      const res = await fetch(target, { headers: { cookie } });
      const body = await res.text();
      return { ms: performance.now() - started, status: res.status, body };
    };
    await once();
    await once();
    const samples: number[] = [];
    let last = { ms: 0, status: 0, body: '' };
    for (let i = 0; i < RUNS; i++) {
      last = await once();
      samples.push(last.ms);
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), status: last.status, body: last.body };
  } finally {
    await server.stop();
  }
}

function describeDataset(d: ProgrammeDataset): string {
  const s = d.seconds;
  const total = s.inmates + s.programmes + s.sessions + s.attendance + s.analyze;
  return (
    `  PostgreSQL: ${d.upts} UPTs, ${d.inmates} inmates, ${d.programmes} programmes, ${d.sessions} sessions, ` +
    `${d.attendance} attendance rows, generated in ${total.toFixed(0)} s (inmates ${s.inmates.toFixed(1)} s, ` +
    `sessions ${s.sessions.toFixed(1)} s, attendance ${s.attendance.toFixed(1)} s, analyze ${s.analyze.toFixed(1)} s)\n`
  );
}

/** The month before the last generated day's month: a full month of the generated year. */
function benchMonth(lastDay: string): string {
  const [y, m] = lastDay.split('-').map(Number) as [number, number];
  const prev = new Date(Date.UTC(y, m - 2, 1));
  return prev.toISOString().slice(0, 7);
}

/** Builds the dataset, measures, and returns the printed report (or a note when there is no PostgreSQL). */
export async function benchProgrammes(opts: { scale: number; postgresUrl: string | null }): Promise<string> {
  if (!opts.postgresUrl) return 'Participation figures: skipped (set BENCH_DATABASE_URL to a PostgreSQL server to run them).';
  const shape = {
    inmates: Math.round(280_000 * opts.scale),
    programmesPerUpt: Math.max(1, Math.round(5 * opts.scale)),
    sessionsPerWeek: 2,
    rosterSize: 16,
    lastDay: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  };
  process.stdout.write(`\nParticipation figures at scale ${opts.scale} (${RUNS} sequential requests)…\n`);
  const name = `selaras_bench_programmes_${process.pid}`;
  const admin = new pg.Client({ connectionString: opts.postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(opts.postgresUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ databaseUrl: url.href, dataDir: os.tmpdir() });
    await database.migrate();
    await seedIfEmpty(database, { demo: true });
    await addSyntheticUpts(database.db, 520);
    const dataset = await addProgrammeDataset(database.db, shape);
    process.stdout.write(describeDataset(dataset));
    const month = benchMonth(shape.lastDay);
    const [root] = await selectRows<{ path: string }>(database.db, sql`select path from org_units where kind = 'hq' limit 1`);
    const window = { path: root?.path ?? '/', ...monthBounds(month) };
    const timing = await timeFigures(url.href, month);
    const plans = [
      summarisePlan('totals and by sex', await explain(database.db, figuresSql.totalsAndSex(window))),
      summarisePlan('by track and category', await explain(database.db, figuresSql.byCategory(window))),
      summarisePlan('per Kanwil', await explain(database.db, figuresSql.byUnit(window, 'kanwil'))),
    ];
    await database.close();
    const figures = JSON.parse(timing.body) as { population?: number; participants?: number; participationRate?: number; hoursPerInmate?: number };
    const head = ['engine', 'scenario', 'p50 ms', 'p95 ms', 'status'];
    const body = [['PostgreSQL', `programme figures (national, ${month})`, timing.p50.toFixed(1), timing.p95.toFixed(1), String(timing.status)]];
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    return [
      line(head),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...body.map(line),
      '',
      `  ${month}: population ${figures.population}, participants ${figures.participants}, ` +
        `rate ${((figures.participationRate ?? 0) * 100).toFixed(1)} %, ${(figures.hoursPerInmate ?? 0).toFixed(2)} hours per inmate`,
      'Query plans (EXPLAIN ANALYZE, BUFFERS):',
      ...plans,
    ].join('\n');
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
