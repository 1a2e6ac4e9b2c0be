// Setup for the crash suite: a scratch database on disk (PGlite directory or PostgreSQL database) and,
// through the running server's API, operators with open follow-up assignments to report on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../platform/db/index.js';
import { seedIfEmpty } from '../seed.js';
import { orgUnits } from '../modules/org-units/index.js';
import { DEMO_PASSWORD } from '../modules/users/index.js';

export type ScratchDatabase = {
  dataDir: string;
  databaseUrl: string | null;
  kanwilId: string;
  uptIds: string[];
  open(): Promise<Database>;
  remove(): Promise<void>;
};

const KANWIL_CODE = 'banten';

async function onServer(baseUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A migrated database with the unit hierarchy and the demo accounts; PostgreSQL when `baseUrl` is given. */
export async function createScratchDatabase(baseUrl: string | null): Promise<ScratchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'selaras-crash-'));
  let databaseUrl: string | null = null;
  const name = `selaras_crash_${process.pid}`;
  if (baseUrl) {
    await onServer(baseUrl, `drop database if exists "${name}" with (force)`);
    await onServer(baseUrl, `create database "${name}"`);
    const u = new URL(baseUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
  }
  const open = () => openDatabase({ databaseUrl, dataDir });
  const database = await open();
  try {
    await database.migrate();
    await seedIfEmpty(database, { demo: true });
    const [kanwil] = await database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, KANWIL_CODE));
    if (!kanwil) throw new Error(`Kanwil ${KANWIL_CODE} is missing from the seed`);
    const upts = await database.db
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.kanwilId, kanwil.id), eq(orgUnits.kind, 'upt')));
    return {
      dataDir,
      databaseUrl,
      kanwilId: kanwil.id,
      uptIds: upts.map((u) => u.id),
      open,
      remove: async () => {
        rmSync(dataDir, { recursive: true, force: true });
        if (baseUrl) await onServer(baseUrl, `drop database if exists "${name}" with (force)`);
      },
    };
  } finally {
    await database.close();
  }
}

export type Session = { cookie: string; csrf: string };

export async function signIn(url: string, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('selaras_session='));
  const body = (await res.json()) as { csrfToken?: string };
  if (res.status !== 200 || !cookie || !body.csrfToken) throw new Error(`sign-in as ${username} failed (${res.status})`);
  return { cookie: cookie.split(';')[0] ?? '', csrf: body.csrfToken };
}

export async function call<T>(url: string, session: Session, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}/api/v1${route}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

export type OpenAssignment = { id: string; session: Session };

const OPERATOR_PASSWORD = 'operator-crash-test';

/**
 * One operator per UPT of the Kanwil and enough directives to the Kanwil's UPTs that `count`
 * follow-up assignments are open; each assignment comes with its unit's operator session.
 */
export async function openAssignments(url: string, scratch: ScratchDatabase, count: number): Promise<OpenAssignment[]> {
  const admin = await signIn(url, 'admin');
  const sessions = await Promise.all(
    scratch.uptIds.map(async (unitId, i) => {
      const username = `operator.crash.${i + 1}`;
      const position = { title: `Operator uji ${i + 1}`, role: 'operator', unitId };
      await call(url, admin, 'POST', '/users', { username, name: `Operator Uji ${i + 1}`, password: OPERATOR_PASSWORD, position });
      return signIn(url, username, OPERATOR_PASSWORD);
    }),
  );
  const dirjen = await signIn(url, 'dirjen');
  const directives = Math.ceil(count / scratch.uptIds.length);
  let issued = 0;
  const issueNext = async () => {
    for (let i = issued++; i < directives; i = issued++) {
      const draft = await call<{ id: string }>(url, dirjen, 'POST', '/directives', {
        source: 'meeting',
        title: `Uji ketahanan ${i + 1}`,
        body: 'Setiap unit melaporkan jumlah kegiatan.',
        target: { mode: 'filter', kanwilIds: [scratch.kanwilId] },
        metrics: [{ key: 'count', name: 'Kegiatan', unit: 'kali', type: 'integer', rollup: 'sum' }],
        due: { local: '2099-12-31T10:00', zone: 'unit' },
      });
      await call(url, dirjen, 'POST', `/directives/${draft.id}/issue`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, issueNext));
  const perOperator = await Promise.all(
    sessions.map(async (session) => {
      const page = await call<{ items: { id: string }[] }>(url, session, 'GET', '/assignments?role=follow_up&limit=500');
      return page.items.map((a) => ({ id: a.id, session }));
    }),
  );
  // Interleave the units so concurrent clients report for different units at once.
  const mixed: OpenAssignment[] = [];
  for (let i = 0; mixed.length < count; i++) {
    const before = mixed.length;
    for (const list of perOperator) if (list[i] && mixed.length < count) mixed.push(list[i] as OpenAssignment);
    if (mixed.length === before) throw new Error(`only ${mixed.length} open assignments, ${count} wanted`);
  }
  return mixed;
}
