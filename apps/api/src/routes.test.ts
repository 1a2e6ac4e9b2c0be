import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, roleHasPermission, type Role } from '@selaras/contracts';
import { buildTestApp, type TestApp } from './test/app.js';
import { ROUTE_ACCESS as EXPECTED } from './test/route-access.js';
import { ROUTE_RULES } from './test/access-matrix/rules.js';

/** One demo account per role that the seed has. */
const ACCOUNT_OF_ROLE: Partial<Record<Role, string>> = {
  admin: 'admin',
  leader: 'dirjen',
  verifier: 'kanwil.banten',
  operator: 'operator.lpp.tangerang',
  viewer: 'humas.ditjenpas',
};

const SOME_UUID = '01900000-0000-7000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, SOME_UUID);

describe('route access table', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  test('every declared route is in the table with the access it declares', () => {
    const declared = Object.fromEntries(
      t.app.declaredRoutes
        .filter((r) => r.url !== '/*')
        .map((r) => {
          const a = r.access;
          return [`${r.method} ${r.url}`, 'public' in a ? 'public' : 'authenticated' in a ? 'authenticated' : a.permission];
        }),
    );
    assert.deepEqual(declared, EXPECTED);
  });

  test('every route has a scope rule for the access matrix (npm run test:robustness), and every rule a route', () => {
    assert.deepEqual(Object.keys(EXPECTED).filter((key) => !ROUTE_RULES[key]), [], 'routes without a scope rule');
    assert.deepEqual(Object.keys(ROUTE_RULES).filter((key) => !EXPECTED[key]), [], 'rules for routes that do not exist');
  });

  test('every non-public route refuses an anonymous caller with 401 problem+json', async () => {
    for (const key of Object.keys(EXPECTED).filter((k) => EXPECTED[k] !== 'public')) {
      const [method, url] = key.split(' ') as [string, string];
      const res = await t.anonymous.request({ method: method as 'GET', url: concrete(url), payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
      assert.equal(res.statusCode, 401, key);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/, key);
    }
  });

  test('a role without the permission gets 403 on every permission route', async () => {
    for (const [role, username] of Object.entries(ACCOUNT_OF_ROLE) as [Role, string][]) {
      const client = await t.as(username);
      for (const [key, permission] of Object.entries(EXPECTED)) {
        if (['public', 'authenticated'].includes(permission)) continue;
        if (roleHasPermission(role, permission as Parameters<typeof roleHasPermission>[1])) continue;
        const [method, url] = key.split(' ') as [string, string];
        const res = await client.request({ method: method as 'GET', url: concrete(url), payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
        assert.equal(res.statusCode, 403, `${role} ${key}`);
      }
    }
  });

  test('every role can read the units of its own scope', () => {
    assert.deepEqual(ROLES.filter((r) => !roleHasPermission(r, 'units:read')), []);
  });
});
