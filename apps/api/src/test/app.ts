import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../platform/config.js';
import type { Database } from '../platform/db/index.js';
import { DEMO_PASSWORD } from '../modules/users/index.js';
import { createTestDb, type TestDbKind } from './db.js';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** A client signed in as one of the demo accounts (cookie + CSRF header handled). */
  as(username: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
};

export type Client = {
  get(url: string, opts?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, opts?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, opts?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, opts?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  delete(url: string, opts?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
};

const TEMP_PREFIX = path.join(tmpdir(), 'selaras-test-');

/** Test configuration; its data folder (uploaded files) is a fresh temporary one unless given. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = overrides.dataDir ?? mkdtempSync(TEMP_PREFIX);
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }), dataDir, ...overrides };
}

/** Removes a data folder that `testConfig` made. */
export function removeTempDataDir(config: Config): void {
  if (config.dataDir.startsWith(TEMP_PREFIX)) rmSync(config.dataDir, { recursive: true, force: true });
}

function client(app: FastifyInstance, auth: { cookie?: string; csrf?: string }): Client {
  const request = (opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: {
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.csrf ? { 'x-csrf-token': auth.csrf } : {}),
        ...opts.headers,
      },
    });
  return {
    request,
    get: (url, opts) => request({ ...opts, method: 'GET', url }),
    post: (url, body, opts) => request({ ...opts, method: 'POST', url, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) }),
    patch: (url, body, opts) => request({ ...opts, method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
    put: (url, body, opts) => request({ ...opts, method: 'PUT', url, payload: body as InjectOptions['payload'] }),
    delete: (url, opts) => request({ ...opts, method: 'DELETE', url }),
  };
}

export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'selaras_session');
  if (!cookie) throw new Error('no session cookie');
  const me = res.json() as { csrfToken: string };
  return client(app, { cookie: `selaras_session=${cookie.value}`, csrf: me.csrfToken });
}

/** The whole app on a fresh seeded database, driven through `app.inject`. */
export async function buildTestApp(opts: { config?: Partial<Config>; clock?: () => Date; dbKind?: TestDbKind } = {}): Promise<TestApp> {
  const database = await createTestDb(opts.dbKind);
  const config = testConfig(opts.config);
  const app = await buildApp({ config, database, clock: opts.clock });
  await app.ready();
  return {
    app,
    database,
    config,
    as: (username) => signIn(app, username),
    anonymous: client(app, {}),
    close: async () => {
      await app.close();
      await database.close();
      removeTempDataDir(config);
    },
  };
}

/** `by.put(url, body)` as a function, for test kits that read better with the caller first. */
export function put(by: Client, url: string, body: unknown): Promise<LightMyRequestResponse> {
  return by.put(url, body);
}

/** Signs each demo account in once per file (sign-ins are rate limited per address). */
export function signedIn(t: TestApp): (username: string) => Promise<Client> {
  const clients = new Map<string, Promise<Client>>();
  return (username) => {
    const existing = clients.get(username);
    if (existing) return existing;
    const client = t.as(username);
    clients.set(username, client);
    return client;
  };
}
