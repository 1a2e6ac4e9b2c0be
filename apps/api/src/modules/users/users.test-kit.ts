// Helpers shared by the users module's route tests.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CreateUserBody, Me, Problem, User } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { findUserByUsername } from './users.queries.js';
import { DEMO_PASSWORD } from './users.seed.js';
export { problem } from '../../test/problem.js';

export const API = '/api/v1';

export { signedIn } from '../../test/app.js';

export type RawSession = { cookie: string; csrf: string; me: Me; res: LightMyRequestResponse };

/** Signs in and hands back the cookie and CSRF token separately, so a test can leave either out. */
export async function signInRaw(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
  remoteAddress = '127.0.0.1',
): Promise<RawSession> {
  const res = await app.inject({
    method: 'POST',
    url: `${API}/auth/login`,
    payload: { username, password },
    remoteAddress,
  });
  assert.equal(res.statusCode, 200, `sign-in as ${username}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'selaras_session');
  assert.ok(cookie, 'session cookie set');
  const me = res.json() as Me;
  return { cookie: `selaras_session=${cookie.value}`, csrf: me.csrfToken, me, res };
}

export function login(app: FastifyInstance, username: string, password: string, remoteAddress = '127.0.0.1') {
  return app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { username, password }, remoteAddress });
}

export function fieldPaths(p: Problem): string[] {
  return (p.errors ?? []).map((e) => e.path);
}

export async function unitIdOf(t: TestApp, code: string): Promise<string> {
  const [unit] = await t.database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  assert.ok(unit, `unit ${code} is seeded`);
  return unit.id;
}

export function uniqueName(prefix: string): string {
  return `${prefix}.${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates an account through the API and returns it; the password is the demo one unless given. */
export async function createUser(
  by: Client,
  position: CreateUserBody['position'],
  extra: Partial<CreateUserBody> = {},
): Promise<User> {
  const body: CreateUserBody = {
    username: uniqueName('uji'),
    name: 'Pengguna Uji',
    password: DEMO_PASSWORD,
    position,
    ...extra,
  };
  const res = await by.post(`${API}/users`, body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as User;
}

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const user = await findUserByUsername(t.database.db, username);
  assert.ok(user, `user ${username} exists`);
  return user.id;
}
