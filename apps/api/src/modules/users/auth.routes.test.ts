import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MeSchema, ROLE_PERMISSIONS, type Me, type UnitPage } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, createUser, login, problem, signInRaw, signedIn, unitIdOf, uniqueName } from './users.test-kit.js';
import { DEMO_PASSWORD } from './users.seed.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;

before(async () => {
  t = await buildTestApp({ config: { loginRateLimitPerMinute: 1000 } });
  as = signedIn(t);
});
after(async () => t.close());

/** A request carrying exactly the headers given (no helper adds a cookie or CSRF token). */
function raw(method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) {
  return t.app.inject({ method, url: `${API}${url}`, headers, ...(payload ? { payload } : {}) });
}

describe('sign-in', () => {
  test('sets an HttpOnly, SameSite=Lax session cookie and answers with Me', async () => {
    const { res, me } = await signInRaw(t.app, 'kalapas.lpp.tangerang');
    const cookie = res.cookies.find((c) => c.name === 'selaras_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.ok(cookie.expires instanceof Date && cookie.expires.getTime() > Date.now());
    assert.match(String(res.headers['set-cookie']), /HttpOnly/);
    MeSchema.parse(me);
    assert.deepEqual(Object.keys(me).sort(), [
      'csrfToken',
      'permissions',
      'position',
      'positions',
      'sessionExpiresAt',
      'user',
    ]);
    assert.equal(me.user.username, 'kalapas.lpp.tangerang');
    assert.equal(me.position.role, 'leader');
    assert.equal(me.position.title, 'Kalapas Perempuan Kelas IIA Tangerang');
    assert.deepEqual(me.permissions, [...ROLE_PERMISSIONS.leader]);
    assert.match(me.csrfToken, /^csrf_.{20,}/);
    assert.doesNotMatch(res.body, /password|hash/i);
  });

  test('a wrong password and an unknown user get the same 401', async () => {
    const wrong = problem(await login(t.app, 'admin', 'bukan-kata-sandi', '10.1.0.1'), 401, 'auth.invalid_credentials');
    const unknown = problem(
      await login(t.app, 'tidak.ada', DEMO_PASSWORD, '10.1.0.1'),
      401,
      'auth.invalid_credentials',
    );
    assert.equal(wrong.detail, unknown.detail);
    assert.equal(wrong.title, unknown.title);
    const noCookie = await login(t.app, 'tidak.ada', DEMO_PASSWORD, '10.1.0.1');
    assert.equal(noCookie.cookies.length, 0);
  });

  test('usernames are matched without regard to case', async () => {
    const res = await login(t.app, '  ADMIN ', DEMO_PASSWORD);
    assert.equal(res.statusCode, 200);
    assert.equal((res.json() as Me).user.username, 'admin');
  });

  test('GET /me without a session or with a made-up cookie → 401', async () => {
    problem(await t.anonymous.get(`${API}/me`), 401, 'auth.unauthenticated');
    problem(await raw('GET', '/me', { cookie: 'selaras_session=sls_made-up' }), 401, 'auth.unauthenticated');
    problem(await raw('GET', '/me', { authorization: 'Bearer slr_made-up' }), 401, 'auth.unauthenticated');
  });
});

describe('CSRF', () => {
  test('a cookie-authenticated write needs the session’s own X-CSRF-Token', async () => {
    const mine = await signInRaw(t.app, 'operator.lpp.tangerang');
    const other = await signInRaw(t.app, 'operator.lpp.tangerang');
    const body = { name: 'Token uji CSRF' };
    problem(await raw('POST', '/me/tokens', { cookie: mine.cookie }, body), 403, 'auth.csrf_failed');
    problem(
      await raw('POST', '/me/tokens', { cookie: mine.cookie, 'x-csrf-token': 'csrf_wrong' }, body),
      403,
      'auth.csrf_failed',
    );
    problem(
      await raw('POST', '/me/tokens', { cookie: mine.cookie, 'x-csrf-token': other.csrf }, body),
      403,
      'auth.csrf_failed',
    );
    problem(await raw('POST', '/auth/logout', { cookie: mine.cookie }), 403, 'auth.csrf_failed');
    const listed = await raw('GET', '/me/tokens', { cookie: mine.cookie });
    assert.equal(listed.statusCode, 200, 'reads need no CSRF token');
    assert.deepEqual(listed.json(), [], 'the refused writes created nothing');
    assert.equal(
      (await raw('GET', '/me', { cookie: mine.cookie })).statusCode,
      200,
      'the refused logout ended nothing',
    );

    const ok = await raw('POST', '/me/tokens', { cookie: mine.cookie, 'x-csrf-token': mine.csrf }, body);
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('GET /me hands the same CSRF token back after a reload', async () => {
    const s = await signInRaw(t.app, 'humas.ditjenpas');
    const me = (await raw('GET', '/me', { cookie: s.cookie })).json() as Me;
    assert.equal(me.csrfToken, s.csrf);
  });
});

describe('API tokens', () => {
  test('a bearer token reads within its position’s scope, writes without CSRF and dies when revoked', async () => {
    const operator = await as('operator.lpp.tangerang');
    const created = await operator.post(`${API}/me/tokens`, { name: 'Integrasi SDP', expiresInDays: 30 });
    assert.equal(created.statusCode, 201, created.body);
    const { id, token } = created.json() as { id: string; token: string };
    assert.match(token, /^slr_/);
    const listed = (await operator.get(`${API}/me/tokens`)).json() as Record<string, unknown>[];
    const row = listed.find((x) => x.id === id);
    assert.ok(row);
    assert.equal('token' in row, false, 'the secret is shown once only');

    const bearer = { authorization: `Bearer ${token}` };
    const units = await raw('GET', '/units', bearer);
    assert.equal(units.statusCode, 200);
    assert.deepEqual(
      (units.json() as UnitPage).items.map((u) => u.name),
      ['Lapas Perempuan Kelas IIA Tangerang'],
    );
    problem(await raw('POST', '/me/tokens', bearer, { name: 'Dibuat lewat token' }), 400, 'auth.session_required');
    problem(await raw('POST', '/auth/logout', bearer), 400, 'auth.session_required');
    assert.equal(
      ((await operator.get(`${API}/me/tokens`)).json() as unknown[]).length,
      listed.length,
      'a token mints no token',
    );

    const revoked = await raw('DELETE', `/me/tokens/${id}`, bearer);
    assert.equal(revoked.statusCode, 204, 'a bearer write needs no CSRF header');
    problem(await raw('GET', '/units', bearer), 401, 'auth.unauthenticated');
    problem(await operator.delete(`${API}/me/tokens/${id}`), 404, 'auth.token_not_found');
  });

  test('revoking from the session ends the token at once', async () => {
    const kalapas = await as('kalapas.lpp.tangerang');
    const { id, token } = (await kalapas.post(`${API}/me/tokens`, { name: 'Dasbor' })).json() as {
      id: string;
      token: string;
    };
    assert.equal((await raw('GET', '/me', { authorization: `Bearer ${token}` })).statusCode, 200);
    assert.equal((await kalapas.delete(`${API}/me/tokens/${id}`)).statusCode, 204);
    problem(await raw('GET', '/me', { authorization: `Bearer ${token}` }), 401);
  });

  test('nobody revokes another person’s token', async () => {
    const created = (
      await (await as('kalapas.lpp.tangerang')).post(`${API}/me/tokens`, { name: 'Milik Kalapas' })
    ).json() as {
      id: string;
      token: string;
    };
    problem(await (await as('admin')).delete(`${API}/me/tokens/${created.id}`), 404, 'auth.token_not_found');
    assert.equal((await raw('GET', '/me', { authorization: `Bearer ${created.token}` })).statusCode, 200);
  });

  test('a role without tokens:manage cannot create one', async () => {
    problem(await (await as('humas.ditjenpas')).post(`${API}/me/tokens`, { name: 'Humas' }), 403, 'forbidden');
  });
});

describe('signing out', () => {
  test('logout clears the cookie and ends only that session', async () => {
    const a = await signInRaw(t.app, 'kanwil.banten');
    const b = await signInRaw(t.app, 'kanwil.banten');
    const res = await raw('POST', '/auth/logout', { cookie: a.cookie, 'x-csrf-token': a.csrf });
    assert.equal(res.statusCode, 204);
    const cleared = res.cookies.find((c) => c.name === 'selaras_session');
    assert.ok(cleared && cleared.value === '' && cleared.expires && cleared.expires.getTime() <= Date.now());
    problem(await raw('GET', '/me', { cookie: a.cookie }), 401);
    assert.equal((await raw('GET', '/me', { cookie: b.cookie })).statusCode, 200);
  });

  test('sign out everywhere ends every session and API token of that user only', async () => {
    const a = await signInRaw(t.app, 'operator.lapas.cipinang');
    const b = await signInRaw(t.app, 'operator.lapas.cipinang');
    const bystander = await signInRaw(t.app, 'kalapas.lpp.tangerang');
    const { token } = (
      await raw('POST', '/me/tokens', { cookie: a.cookie, 'x-csrf-token': a.csrf }, { name: 'Skrip' })
    ).json() as {
      token: string;
    };
    assert.equal((await raw('GET', '/me', { authorization: `Bearer ${token}` })).statusCode, 200);

    assert.equal((await raw('POST', '/auth/logout-all', { cookie: b.cookie, 'x-csrf-token': b.csrf })).statusCode, 204);
    problem(await raw('GET', '/me', { cookie: a.cookie }), 401);
    problem(await raw('GET', '/me', { cookie: b.cookie }), 401);
    problem(await raw('GET', '/me', { authorization: `Bearer ${token}` }), 401);
    assert.equal((await raw('GET', '/me', { cookie: bystander.cookie })).statusCode, 200);
    await signInRaw(t.app, 'operator.lapas.cipinang');
  });
});

describe('changing one’s password', () => {
  test('checks the current password, the new one’s length, then ends the other sessions', async () => {
    const admin = await as('admin');
    const user = await createUser(admin, {
      title: 'Operator',
      role: 'operator',
      unitId: await unitIdOf(t, 'lapas-kelas-i-cipinang'),
    });
    const here = await signInRaw(t.app, user.username);
    const elsewhere = await signInRaw(t.app, user.username);
    const h = { cookie: here.cookie, 'x-csrf-token': here.csrf };

    const wrong = problem(
      await raw('POST', '/me/password', h, { currentPassword: 'salah-sekali', newPassword: 'kata-sandi-baru-1' }),
      422,
      'auth.wrong_password',
    );
    assert.deepEqual(
      wrong.errors?.map((e) => e.path),
      ['body.currentPassword'],
    );
    const short = problem(
      await raw('POST', '/me/password', h, { currentPassword: DEMO_PASSWORD, newPassword: 'pendek' }),
      400,
      'validation_failed',
    );
    assert.deepEqual(
      short.errors?.map((e) => e.path),
      ['body.newPassword'],
    );
    assert.equal((await login(t.app, user.username, DEMO_PASSWORD)).statusCode, 200, 'refused changes changed nothing');

    const ok = await raw('POST', '/me/password', h, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'kata-sandi-baru-1',
    });
    assert.equal(ok.statusCode, 204, ok.body);
    problem(await login(t.app, user.username, DEMO_PASSWORD), 401, 'auth.invalid_credentials');
    assert.equal((await login(t.app, user.username, 'kata-sandi-baru-1')).statusCode, 200);
    assert.equal((await raw('GET', '/me', { cookie: here.cookie })).statusCode, 200, 'this session stays');
    problem(await raw('GET', '/me', { cookie: elsewhere.cookie }), 401);
  });
});

describe('positions', () => {
  test('switching moves Me.position and the scope with it', async () => {
    const s = await signInRaw(t.app, 'kakanwil.banten');
    const h = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const kanwil = s.me.positions.find((p) => p.title === 'Kepala Kanwil Ditjenpas Banten');
    const plh = s.me.positions.find((p) => p.title === 'Plh. Kalapas Kelas I Tangerang');
    assert.ok(kanwil && plh && s.me.positions.length === 2);
    assert.ok([kanwil.id, plh.id].includes(s.me.position.id), 'signs in to one of the own posts');
    const switchTo = async (positionId: string) => {
      const res = await raw('POST', '/me/position', h, { positionId });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal((res.json() as Me).position.id, positionId);
      assert.equal(((await raw('GET', '/me', h)).json() as Me).position.id, positionId, 'the session remembers');
    };
    const unitsNow = async () =>
      ((await raw('GET', '/units?limit=500', h)).json() as UnitPage).items.map((u) => u.name);
    const usersNow = async () =>
      ((await raw('GET', '/users?limit=500', h)).json() as { items: { username: string }[] }).items.map(
        (u) => u.username,
      );

    await switchTo(kanwil.id);
    const asKakanwil = await unitsNow();
    assert.equal(asKakanwil.length, 9, 'the Kanwil and its 8 UPTs');
    assert.ok(asKakanwil.includes('Lapas Perempuan Kelas IIA Tangerang'));
    assert.ok((await usersNow()).includes('operator.lpp.tangerang'));

    await switchTo(plh.id);
    assert.deepEqual(await unitsNow(), ['Lapas Kelas I Tangerang']);
    assert.deepEqual(await usersNow(), ['kakanwil.banten']);

    await switchTo(kanwil.id);
    assert.equal((await unitsNow()).length, 9);
  });

  test('a position that is not yours → 404, and nothing changes', async () => {
    const s = await signInRaw(t.app, 'kakanwil.banten');
    const h = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const others = (await signInRaw(t.app, 'kalapas.lpp.tangerang')).me.position.id;
    problem(await raw('POST', '/me/position', h, { positionId: others }), 404, 'users.position_not_found');
    problem(await raw('POST', '/me/position', h, { positionId: '01900000-0000-7000-8000-000000000000' }), 404);
    assert.equal(((await raw('GET', '/me', h)).json() as Me).position.id, s.me.position.id);
  });
});

describe('deactivation', () => {
  test('ends the account’s sessions and tokens and refuses sign-in until reactivated', async () => {
    const admin = await as('admin');
    const user = await createUser(
      admin,
      { title: 'Staf', role: 'operator', unitId: await unitIdOf(t, 'banten') },
      { username: uniqueName('nonaktif') },
    );
    const s = await signInRaw(t.app, user.username);
    const { token } = (
      await raw('POST', '/me/tokens', { cookie: s.cookie, 'x-csrf-token': s.csrf }, { name: 'Skrip' })
    ).json() as { token: string };

    const off = await admin.patch(`${API}/users/${user.id}`, { active: false });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal((off.json() as { active: boolean }).active, false);
    problem(await raw('GET', '/me', { cookie: s.cookie }), 401);
    problem(await raw('GET', '/me', { authorization: `Bearer ${token}` }), 401);
    problem(await login(t.app, user.username, DEMO_PASSWORD), 401, 'auth.invalid_credentials');

    assert.equal((await admin.patch(`${API}/users/${user.id}`, { active: true })).statusCode, 200);
    assert.equal((await login(t.app, user.username, DEMO_PASSWORD)).statusCode, 200);
    // Reactivation gives a fresh start: the old session and token stay ended.
    problem(await raw('GET', '/me', { cookie: s.cookie }), 401);
    problem(await raw('GET', '/me', { authorization: `Bearer ${token}` }), 401);
  });
});
