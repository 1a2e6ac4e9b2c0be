import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, testConfig, type TestApp } from '../../test/app.js';
import { LOCKOUT } from './auth.service.js';
import { API, createUser, login, problem, signInRaw, unitIdOf } from './users.test-kit.js';
import { DEMO_PASSWORD } from './users.seed.js';

// The app reads time from this clock; tests only ever move it forward.
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const advanceMinutes = (m: number) => {
  offsetMs += m * 60_000;
};

let t: TestApp;
let lockUser: string;

before(async () => {
  t = await buildTestApp({ clock, config: { loginRateLimitPerMinute: 1000 } });
  const admin = await t.as('admin');
  lockUser = (await createUser(admin, { title: 'Operator', role: 'operator', unitId: await unitIdOf(t, 'banten') }))
    .username;
});
after(async () => t.close());

function retryAfterSeconds(res: { headers: Record<string, unknown> }): number {
  const value = Number(res.headers['retry-after']);
  assert.ok(
    Number.isInteger(value) && value >= 1 && value <= LOCKOUT.windowMinutes * 60,
    `Retry-After ${String(res.headers['retry-after'])}`,
  );
  return value;
}

describe('lockout per username', () => {
  test('the 6th attempt after 5 failures is refused even with the right password, until the window passes', async () => {
    const address = '10.20.0.1';
    for (let i = 0; i < LOCKOUT.maxPerUsername; i += 1) {
      problem(await login(t.app, lockUser, `salah-${i}`, address), 401, 'auth.invalid_credentials');
    }
    const locked = problem(await login(t.app, lockUser, DEMO_PASSWORD, address), 429, 'auth.locked_out');
    assert.match(locked.detail ?? '', /Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ menit\./);
    assert.ok(
      retryAfterSeconds(await login(t.app, lockUser, DEMO_PASSWORD, address)) > LOCKOUT.windowMinutes * 60 - 30,
    );
    // The lock follows the account, not the address it is tried from, nor the case it is typed in.
    problem(await login(t.app, lockUser.toUpperCase(), DEMO_PASSWORD, '10.20.0.2'), 429, 'auth.locked_out');

    advanceMinutes(10);
    const later = await login(t.app, lockUser, DEMO_PASSWORD, address);
    problem(later, 429, 'auth.locked_out');
    assert.ok(retryAfterSeconds(later) <= 5 * 60, 'Retry-After counts down');

    advanceMinutes(5.1);
    assert.equal((await login(t.app, lockUser, DEMO_PASSWORD, address)).statusCode, 200);
  });

  test('a successful sign-in starts the count again', async () => {
    const address = '10.20.1.1';
    for (let i = 0; i < LOCKOUT.maxPerUsername - 1; i += 1) await login(t.app, lockUser, 'salah', address);
    assert.equal((await login(t.app, lockUser, DEMO_PASSWORD, address)).statusCode, 200);
    for (let i = 0; i < LOCKOUT.maxPerUsername - 1; i += 1) await login(t.app, lockUser, 'salah', address);
    assert.equal((await login(t.app, lockUser, DEMO_PASSWORD, address)).statusCode, 200);
  });

  test('failures against other accounts do not lock this one', async () => {
    for (let i = 0; i < LOCKOUT.maxPerUsername + 1; i += 1) await login(t.app, 'akun.lain', 'salah', '10.20.2.1');
    assert.equal((await login(t.app, lockUser, DEMO_PASSWORD, '10.20.2.1')).statusCode, 200);
  });
});

describe('lockout per address', () => {
  test(`after ${LOCKOUT.maxPerAddress} failures from one address every sign-in from it is refused`, async () => {
    const address = '10.30.0.1';
    for (let i = 0; i < LOCKOUT.maxPerAddress; i += 1) {
      problem(await login(t.app, `tebakan.${i}`, 'salah', address), 401, 'auth.invalid_credentials');
    }
    const locked = problem(await login(t.app, 'admin', DEMO_PASSWORD, address), 429, 'auth.locked_out');
    assert.match(locked.detail ?? '', /Coba lagi dalam \d+ menit/);
    retryAfterSeconds(await login(t.app, 'admin', DEMO_PASSWORD, address));
    assert.equal(
      (await login(t.app, 'admin', DEMO_PASSWORD, '10.30.0.2')).statusCode,
      200,
      'other addresses are unaffected',
    );

    advanceMinutes(LOCKOUT.windowMinutes + 0.1);
    assert.equal((await login(t.app, 'admin', DEMO_PASSWORD, address)).statusCode, 200);
  });

  test('a refused attempt is itself no failure: the lock does not extend itself', async () => {
    const address = '10.30.1.1';
    for (let i = 0; i < LOCKOUT.maxPerAddress; i += 1) await login(t.app, `coba.${i}`, 'salah', address);
    advanceMinutes(LOCKOUT.windowMinutes - 1);
    problem(await login(t.app, 'admin', 'salah', address), 429, 'auth.locked_out');
    advanceMinutes(1.1);
    assert.equal((await login(t.app, 'admin', DEMO_PASSWORD, address)).statusCode, 200);
  });
});

describe('the per-minute request limit on sign-in', () => {
  test('answers 429 problem+json once the configured rate is spent', async () => {
    const limited = await buildTestApp({ config: { loginRateLimitPerMinute: 3 } });
    try {
      for (let i = 0; i < 3; i += 1) problem(await login(limited.app, 'admin', 'salah', '10.40.0.1'), 401);
      const res = await login(limited.app, 'admin', DEMO_PASSWORD, '10.40.0.1');
      problem(res, 429, 'rate_limited');
      assert.ok(Number(res.headers['retry-after']) > 0);
    } finally {
      await limited.close();
    }
  });
});

describe('session lifetime', () => {
  test('a session ends SESSION_TTL_HOURS after sign-in, however busy it was', async () => {
    const ttlHours = testConfig().sessionTtlHours;
    const signedInAt = clock().getTime();
    const s = await signInRaw(t.app, 'humas.ditjenpas');
    const expiresAt = Date.parse(s.me.sessionExpiresAt);
    assert.ok(Math.abs(expiresAt - (signedInAt + ttlHours * 3_600_000)) < 5_000, s.me.sessionExpiresAt);
    const me = () => t.app.inject({ method: 'GET', url: `${API}/me`, headers: { cookie: s.cookie } });
    advanceMinutes(ttlHours * 60 - 2);
    assert.equal((await me()).statusCode, 200, 'still valid a little before the end');
    advanceMinutes(3);
    problem(await me(), 401, 'auth.unauthenticated');
  });
});
