import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function startServer(env: Record<string, string>): { child: ChildProcess; url: Promise<string>; exit: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WEB_DIST: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => reject(new Error(`server exited before listening:\n${output}`)));
  });
  url.catch(() => undefined); // a server expected to fail is judged by its exit code
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exit, output: () => output };
}

let dataDir: string;
before(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'selaras-main-'));
});
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('first start migrates, seeds the demo data and activity, serves, and shuts down cleanly on SIGTERM', { timeout: 240_000 }, async () => {
  const server = startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
  const url = await server.url;
  assert.equal((await fetch(`${url}/healthz`)).status, 200);
  const ready = (await (await fetch(`${url}/readyz`)).json()) as { database: string };
  assert.equal(ready.database, 'pglite');
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'selaras-demo' }),
  });
  assert.equal(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const directives = (await (await fetch(`${url}/api/v1/directives`, { headers: { cookie } })).json()) as { total: number };
  assert.equal(directives.total, 7, 'the five directives of the 29 August 2025 meeting, the coconut monitoring and the harvest');
  const campaigns = (await (await fetch(`${url}/api/v1/campaigns`, { headers: { cookie } })).json()) as { items: { title: string }[] };
  assert.deepEqual(campaigns.items.map((c) => c.title), ['Panen Raya Serentak 15 Januari 2026', 'Penanaman Pohon Kelapa Serentak 9 September 2025']);
  const serious = (await (await fetch(`${url}/api/v1/incidents/open-serious`, { headers: { cookie } })).json()) as {
    items: { unitName: string; categoryCode: string; counters: Record<string, number> }[];
  };
  assert.deepEqual(
    serious.items.map((i) => [i.unitName, i.categoryCode, i.counters.buron]),
    [['Lapas Kelas IIA Abepura', 'pelarian', 2]],
    'the live escape at Abepura heads the banner; the Kutacane escape is closed',
  );
  const pembinaan = (await (await fetch(`${url}/api/v1/programme-figures`, { headers: { cookie } })).json()) as { population: number };
  assert.ok(pembinaan.population >= 225, 'the demo registers at LPP Tangerang, Cipinang and Abepura count in this month');
  assert.ok(existsSync(path.join(dataDir, 'pglite', 'selaras.lock')), 'the data directory is locked while running');
  assert.match(server.output(), /job scheduler started/, 'reminders, digests and delivery run in the server by default');

  const second = startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
  assert.equal(await second.exit, 1, 'a second process on the same data directory is refused');
  assert.match(second.output(), /in use by process/);

  server.child.kill('SIGTERM');
  assert.equal(await server.exit, 0);
  assert.ok(!existsSync(path.join(dataDir, 'pglite', 'selaras.lock')), 'the lock is released on shutdown');
});

test('production without a session secret refuses to start', { timeout: 60_000 }, async () => {
  const server = startServer({ NODE_ENV: 'production', SESSION_SECRET: '', DATA_DIR: dataDir });
  assert.equal(await server.exit, 1);
  assert.match(server.output(), /SESSION_SECRET/);
});

test('production never creates demo accounts', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'selaras-prod-'));
  try {
    const server = startServer({ NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40), DATA_DIR: dir, DATABASE_URL: '' });
    const url = await server.url;
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'selaras-demo' }),
    });
    assert.equal(login.status, 401);
    server.child.kill('SIGTERM');
    assert.equal(await server.exit, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
