// The real server (`src/main.ts`) as a child process, for tests that kill it and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const HOST = '127.0.0.1';

export type ServerProcess = {
  url: string;
  /** SIGKILL: no shutdown hook runs, requests in flight die with the process. */
  kill(): Promise<void>;
  /** SIGTERM: the server finishes requests in flight and closes the database. */
  stop(): Promise<void>;
};

/** A loopback port nobody listens on now (the server restarts on the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited during start-up (code ${child.exitCode})`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms`);
}

/**
 * Starts `main.ts` in production mode on `port` with the given database (`DATA_DIR` for PGlite or
 * `DATABASE_URL`), already migrated and seeded; the job scheduler stays off so only requests touch it.
 */
export async function startServerProcess(opts: { port: number; dataDir: string; databaseUrl: string | null; sessionSecret: string }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST,
      PORT: String(opts.port),
      DATA_DIR: opts.dataDir,
      DATABASE_URL: opts.databaseUrl ?? '',
      SESSION_SECRET: opts.sessionSecret,
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      LOGIN_RATE_LIMIT_PER_MINUTE: String(1e6),
      WEB_DIST: `${opts.dataDir}/no-web-build`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${HOST}:${opts.port}`;
  await waitUntilReady(url, child, 60_000);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

export function newSessionSecret(): string {
  return randomBytes(32).toString('hex');
}
