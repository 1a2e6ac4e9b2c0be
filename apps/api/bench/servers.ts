// Benchmark servers, each in its own child process on 127.0.0.1 so the load generator does not
// share their event loop: Selaras itself (PGlite in BENCH_DATA_DIR or BENCH_DATABASE_URL; with
// BENCH_DEMO_ACTIVITY=1 a fresh database also gets the demo activity and its per-unit accounts, as
// `npm start` gives a demo install; BENCH_OPEN_FOLLOW_UPS=n adds n directives with every UPT's follow-up still
// open, for report submissions), and the two ceilings: bare Fastify routes returning given JSON bodies
// (BENCH_BARE_BODIES_FILE, a JSON object from path to body) and a bare route doing one INSERT through `pg`
// (BENCH_DATABASE_URL) or through PGlite (a fresh one in BENCH_DATA_DIR).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/index.js';
import { seedIfEmpty } from '../src/seed.js';
import { seedDemoActivity } from '../src/demo.js';
import { DEMO_PASSWORD } from '../src/modules/users/index.js';
import { addOpenFollowUps } from './open-follow-ups.js';
import { sql } from 'drizzle-orm';

export const HOST = '127.0.0.1';

export type Memory = { rssMb: number; peakRssMb: number };
type ToChild = { type: 'memory' } | { type: 'stop' };
type FromChild = { type: 'ready'; port: number } | ({ type: 'memory' } & Memory);

function memory(): Memory {
  return { rssMb: process.memoryUsage().rss / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Child side: answer memory questions, stop cleanly when asked or when the parent goes away. */
function serveUntilStopped(port: number, close: () => Promise<void>): void {
  const send = (m: FromChild) => process.send?.(m);
  const stop = () => void close().finally(() => process.exit(0));
  process.on('message', (m: ToChild) => (m.type === 'memory' ? send({ type: 'memory', ...memory() }) : stop()));
  process.on('disconnect', stop);
  send({ type: 'ready', port });
}

async function serveSelaras(): Promise<void> {
  const dataDir = process.env.BENCH_DATA_DIR ?? '';
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: String(1e9),
    WEB_DIST: process.env.BENCH_WEB_DIST ?? path.join(dataDir, 'no-web-build'),
    // Uploaded files go beside the bench's database, never into the working directory.
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  });
  const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL || null, dataDir });
  await database.migrate();
  const seeded = await seedIfEmpty(database, { demo: true });
  if (seeded.seededDemo && process.env.BENCH_DEMO_ACTIVITY === '1')
    await seedDemoActivity(database.db, { filesRoot: path.resolve(config.dataDir, 'files') });
  const openDirectives = Number(process.env.BENCH_OPEN_FOLLOW_UPS ?? 0);
  if (openDirectives > 0) await addOpenFollowUps(database.db, { directives: openDirectives, now: new Date() });
  const app = await buildApp({ config, database });
  await app.listen({ port: 0, host: HOST });
  const address = app.server.address();
  serveUntilStopped(typeof address === 'object' && address ? address.port : 0, async () => {
    await app.close();
    await database.close();
  });
}

async function serveBare(): Promise<void> {
  const bodies = JSON.parse(readFileSync(process.env.BENCH_BARE_BODIES_FILE ?? '', 'utf8')) as Record<string, unknown>;
  const app = Fastify({ logger: false });
  for (const [route, body] of Object.entries(bodies)) app.get(route, async () => body);
  await app.listen({ port: 0, host: HOST });
  const address = app.server.address();
  serveUntilStopped(typeof address === 'object' && address ? address.port : 0, () => app.close());
}

/** One INSERT per request into a scratch table, through a pool as large as Selaras's (10) or one PGlite. */
async function serveBareInsert(): Promise<void> {
  const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL || null, dataDir: process.env.BENCH_DATA_DIR ?? '' });
  const table = sql.raw(`bench_ceiling_${process.pid}`);
  await database.db.execute(sql`create table ${table} (id uuid primary key, payload jsonb not null, created_at timestamptz not null default now())`);
  const app = Fastify({ logger: false });
  app.post('/insert', async (req, reply) => {
    await database.db.execute(sql`insert into ${table} (id, payload) values (gen_random_uuid(), ${JSON.stringify(req.body)}::jsonb)`);
    return reply.code(201).send({ ok: true });
  });
  await app.listen({ port: 0, host: HOST });
  const address = app.server.address();
  serveUntilStopped(typeof address === 'object' && address ? address.port : 0, async () => {
    await app.close();
    await database.db.execute(sql`drop table ${table}`);
    await database.close();
  });
}

export type Server = { url: string; memory(): Promise<Memory>; stop(): Promise<void> };

/** Starts this file again as a server process and waits until it listens. */
export function startServer(role: 'selaras' | 'bare' | 'bare-insert', env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [`serve-${role}`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () => new Promise<FromChild>((resolve) => child.once('message', resolve));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} server exited during start-up (code ${code})`)));
    void next().then((m) => {
      if (m.type !== 'ready') return reject(new Error(`unexpected message from ${role} server`));
      resolve({
        url: `http://${HOST}:${m.port}`,
        memory: async () => {
          const reply = next();
          child.send({ type: 'memory' } satisfies ToChild);
          const r = await reply;
          return r.type === 'memory' ? { rssMb: r.rssMb, peakRssMb: r.peakRssMb } : { rssMb: NaN, peakRssMb: NaN };
        },
        stop: async () => {
          if (child.exitCode !== null) return;
          child.send({ type: 'stop' } satisfies ToChild);
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(timer);
        },
      });
    });
  });
}

/** The demo admin's session cookie. */
export async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('selaras_session='));
  if (res.status !== 200 || !cookie) {
    throw new Error(`sign-in as the demo admin failed (${res.status}); BENCH_DATABASE_URL must be a scratch database`);
  }
  return cookie.split(';')[0] ?? '';
}

const role = process.argv[2];
if (role === 'serve-selaras') await serveSelaras();
else if (role === 'serve-bare') await serveBare();
else if (role === 'serve-bare-insert') await serveBareInsert();
