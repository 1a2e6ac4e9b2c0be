import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Role } from '@selaras/contracts';
import type { Principal } from '../auth/principal.js';
import { registerProblemHandlers } from '../http/problem.js';
import { MissingRouteAccessError, registerAccessControl } from './access.js';

/**
 * A bare server with access control and a stand-in for authentication: the `x-test-as` header
 * names `role:via` (e.g. `viewer:session`), and the session's CSRF token is `csrf_ok`.
 */
function bareApp(): { app: FastifyInstance; declared: ReturnType<typeof registerAccessControl> } {
  const app = Fastify();
  registerProblemHandlers(app);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const as = request.headers['x-test-as'];
    if (typeof as !== 'string') return;
    const [role, via] = as.split(':') as [Role, 'session' | 'token'];
    request.principal = principal(role, via);
  });
  const declared = registerAccessControl(app);
  return { app, declared };
}

function principal(role: Role, via: 'session' | 'token'): Principal {
  return {
    userId: '01900000-0000-7000-8000-000000000001',
    username: 'penguji',
    name: 'Penguji',
    position: {
      id: '01900000-0000-7000-8000-000000000002',
      title: 'Jabatan uji',
      role,
      unitId: '01900000-0000-7000-8000-000000000003',
      unitName: 'Unit uji',
      unitKind: 'upt',
      unitPath: '/kemenimipas/ditjenpas/banten/lpp/',
      unitTimezone: 'Asia/Jakarta',
    },
    via,
    sessionId: via === 'session' ? '01900000-0000-7000-8000-000000000004' : null,
    csrfToken: via === 'session' ? 'csrf_ok' : null,
    requestId: null,
  };
}

describe('every route declares its access', () => {
  test('a route without config.access stops the server from being built', async () => {
    const { app } = bareApp();
    app.get('/terbuka', { config: { access: { public: true } } }, async () => ({ ok: true }));
    assert.throws(() => app.get('/lupa', async () => ({ ok: true })), MissingRouteAccessError);
    assert.throws(
      () => app.route({ method: ['POST', 'PUT'], url: '/lupa-juga', handler: async () => ({}) }),
      (err: Error) => err instanceof MissingRouteAccessError && /POST,PUT \/lupa-juga/.test(err.message),
    );
    await app.close();
  });

  test('routes in a plugin are held to the same rule', async () => {
    const { app } = bareApp();
    void app.register(
      async (child) => {
        child.post('/tanpa-akses', async () => ({}));
      },
      { prefix: '/api/v1' },
    );
    await assert.rejects(
      async () => app.ready(),
      (err: Error) => err instanceof MissingRouteAccessError && /POST \/api\/v1\/tanpa-akses/.test(err.message),
    );
  });

  test('API documentation routes become public; declared routes are listed (without HEAD)', async () => {
    const { app, declared } = bareApp();
    app.get('/api/docs/json', async () => ({}));
    app.get('/data', { config: { access: { permission: 'units:read' } } }, async () => ({}));
    await app.ready();
    assert.equal((await app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode, 200);
    assert.deepEqual(declared, [{ method: 'GET', url: '/data', access: { permission: 'units:read' } }]);
    await app.close();
  });
});

describe('the access check on each request', () => {
  async function withRoutes(): Promise<FastifyInstance> {
    const { app } = bareApp();
    const ok = async () => ({ ok: true });
    app.get('/publik', { config: { access: { public: true } } }, ok);
    app.post('/publik', { config: { access: { public: true } } }, ok);
    app.get('/saya', { config: { access: { authenticated: true } } }, ok);
    app.post('/saya', { config: { access: { authenticated: true } } }, ok);
    app.post('/impor', { config: { access: { permission: 'units:import' } } }, ok);
    await app.ready();
    return app;
  }

  test('public routes are open to anyone', async () => {
    const app = await withRoutes();
    assert.equal((await app.inject({ method: 'GET', url: '/publik' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'POST', url: '/publik' })).statusCode, 200);
    await app.close();
  });

  test('anonymous → 401, missing permission → 403, held permission → 200', async () => {
    const app = await withRoutes();
    const call = (url: string, as?: string, csrf = 'csrf_ok') =>
      app.inject({ method: 'POST', url, headers: { ...(as ? { 'x-test-as': as } : {}), 'x-csrf-token': csrf } });
    assert.equal((await call('/saya')).statusCode, 401);
    assert.equal((await call('/impor')).json().code, 'auth.unauthenticated');
    assert.equal((await call('/saya', 'viewer:session')).statusCode, 200);
    const refused = await call('/impor', 'leader:session');
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'forbidden');
    assert.equal((await call('/impor', 'admin:session')).statusCode, 200);
    assert.equal((await call('/impor', 'viewer:token')).statusCode, 403);
    await app.close();
  });

  test('session writes need the matching CSRF token; reads and bearer tokens do not', async () => {
    const app = await withRoutes();
    const post = (as: string, headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/saya', headers: { 'x-test-as': as, ...headers } });
    const wrong: Record<string, string>[] = [
      {},
      { 'x-csrf-token': '' },
      { 'x-csrf-token': 'csrf_lain' },
      { 'x-csrf-token': 'csrf_ok_' },
    ];
    for (const headers of wrong) {
      const res = await post('operator:session', headers);
      assert.equal(res.statusCode, 403, JSON.stringify(headers));
      assert.equal(res.json().code, 'auth.csrf_failed');
    }
    assert.equal((await post('operator:session', { 'x-csrf-token': 'csrf_ok' })).statusCode, 200);
    assert.equal((await post('operator:token', {})).statusCode, 200);
    assert.equal(
      (await app.inject({ method: 'GET', url: '/saya', headers: { 'x-test-as': 'operator:session' } })).statusCode,
      200,
    );
    await app.close();
  });

  test('CSRF is checked before the permission, so a forged write learns nothing about roles', async () => {
    const app = await withRoutes();
    const res = await app.inject({ method: 'POST', url: '/impor', headers: { 'x-test-as': 'viewer:session' } });
    assert.equal(res.json().code, 'auth.csrf_failed');
    await app.close();
  });
});
