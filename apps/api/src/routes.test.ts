import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, roleHasPermission, type Role } from '@selaras/contracts';
import { buildTestApp, type TestApp } from './test/app.js';

/**
 * Every route and who may call it. A route added without a line here fails this suite,
 * so access is a decision someone made, not an accident.
 */
const EXPECTED: Record<string, string> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/v1/info': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'authenticated',
  'POST /api/v1/auth/logout-all': 'authenticated',
  'GET /api/v1/me': 'authenticated',
  'POST /api/v1/me/position': 'authenticated',
  'POST /api/v1/me/password': 'authenticated',
  'GET /api/v1/me/tokens': 'tokens:manage',
  'POST /api/v1/me/tokens': 'tokens:manage',
  'DELETE /api/v1/me/tokens/:id': 'tokens:manage',
  'GET /api/v1/units': 'units:read',
  'GET /api/v1/units/tree': 'units:read',
  'GET /api/v1/units/:id': 'units:read',
  'POST /api/v1/units/import': 'units:import',
  'GET /api/v1/users': 'users:read',
  'GET /api/v1/users/:id': 'users:read',
  'POST /api/v1/users': 'users:manage',
  'PATCH /api/v1/users/:id': 'users:manage',
  'POST /api/v1/users/:id/positions': 'users:manage',
  'DELETE /api/v1/users/:id/positions/:positionId': 'users:manage',
  'POST /api/v1/users/:id/password': 'users:manage',
  'GET /api/v1/audit-events': 'audit:read',
  'GET /api/v1/directives': 'directives:read',
  'POST /api/v1/directives': 'directives:issue',
  'GET /api/v1/directives/:id': 'directives:read',
  'POST /api/v1/directives/:id/issue': 'directives:issue',
  'GET /api/v1/directives/:id/rollup': 'directives:read',
  'PATCH /api/v1/directives/:id': 'directives:issue',
  'GET /api/v1/directives/:id/versions': 'directives:read',
  'GET /api/v1/assignments': 'directives:read',
  'GET /api/v1/assignments/:id': 'directives:read',
  'GET /api/v1/assignments/:id/reports': 'directives:read',
  'POST /api/v1/assignments/:id/reports': 'reports:submit',
  'POST /api/v1/reports/:id/decision': 'reports:verify',
  'GET /api/v1/notifications': 'authenticated',
  'POST /api/v1/notifications/:id/read': 'authenticated',
  'POST /api/v1/notifications/read-all': 'authenticated',
  'POST /api/v1/files': 'files:upload',
  'GET /api/v1/files/:id': 'directives:read',
  'GET /api/v1/files/:id/thumbnail': 'directives:read',
  'POST /api/v1/uploads': 'files:upload',
  'GET /api/v1/uploads/:id': 'files:upload',
  'PATCH /api/v1/uploads/:id': 'files:upload',
  'POST /api/v1/uploads/:id/complete': 'files:upload',
  'GET /api/v1/meetings': 'meetings:read',
  'POST /api/v1/meetings': 'meetings:manage',
  'GET /api/v1/meetings/chair-options': 'meetings:manage',
  'GET /api/v1/meetings/:id': 'meetings:read',
  'GET /api/v1/meetings/:id/attendance': 'meetings:read',
  'POST /api/v1/meetings/:id/check-in': 'meetings:attend',
  'PUT /api/v1/meetings/:id/attendance/:unitId': 'meetings:manage',
  'PUT /api/v1/meetings/:id/minutes': 'meetings:manage',
  'POST /api/v1/meetings/:id/decisions/:index/directive': 'meetings:manage',
  'POST /api/v1/assignments/:id/requests': 'reports:submit',
  'GET /api/v1/assignment-requests': 'directives:read',
  'POST /api/v1/assignment-requests/:id/decision': 'reports:verify',
  'PUT /api/v1/assignments/:id/draft': 'reports:submit',
  'POST /api/v1/reports/decisions': 'reports:verify',
  'GET /api/v1/assignments/pending-summary': 'directives:read',
  'GET /api/v1/assignments/export': 'directives:read',
  'GET /api/v1/directives/:id/report.pdf': 'directives:read',
  'GET /api/v1/overview': 'directives:read',
  'GET /api/v1/campaigns': 'directives:read',
  'POST /api/v1/campaigns': 'campaigns:manage',
  'GET /api/v1/campaigns/:id': 'directives:read',
  'PATCH /api/v1/campaigns/:id': 'campaigns:manage',
  'GET /api/v1/campaigns/:id/allocations': 'directives:read',
  'PUT /api/v1/campaigns/:id/allocations': 'campaigns:allocate',
  'GET /api/v1/campaigns/:id/sites': 'directives:read',
  'POST /api/v1/campaigns/:id/sites': 'reports:submit',
  'PATCH /api/v1/campaigns/:id/sites/:siteId': 'reports:submit',
  'DELETE /api/v1/campaigns/:id/sites/:siteId': 'reports:submit',
  'PUT /api/v1/campaigns/:id/sites/:siteId/results': 'reports:submit',
  'POST /api/v1/campaigns/:id/sites/:siteId/photos': 'reports:submit',
  'PATCH /api/v1/campaigns/:id/photos/:photoId': 'reports:submit',
  'DELETE /api/v1/campaigns/:id/photos/:photoId': 'reports:submit',
  'PUT /api/v1/campaigns/:id/sites/:siteId/checks/:window': 'reports:submit',
  'GET /api/v1/campaigns/:id/readiness': 'directives:read',
  'PUT /api/v1/campaigns/:id/readiness/:stage': 'reports:submit',
  'POST /api/v1/campaigns/:id/check-ins': 'reports:submit',
  'GET /api/v1/campaigns/:id/readiness-board': 'directives:read',
  'POST /api/v1/campaigns/:id/reports': 'reports:submit',
  'GET /api/v1/campaigns/:id/queue': 'reports:verify',
  'GET /api/v1/campaigns/:id/board': 'directives:read',
  'GET /api/v1/campaigns/:id/survival': 'directives:read',
  'GET /api/v1/campaigns/:id/export': 'directives:read',
  'GET /api/v1/campaigns/:id/summary.pdf': 'directives:read',
  'GET /api/v1/public/campaigns/:id': 'public',
  'GET /api/v1/public/campaigns/:id/photos/:fileId': 'public',
  'POST /api/v1/incidents': 'incidents:report',
  'GET /api/v1/incidents': 'incidents:read',
  'GET /api/v1/incidents/:id': 'incidents:read',
  'PATCH /api/v1/incidents/:id': 'incidents:report',
  'POST /api/v1/incidents/:id/updates': 'incidents:report',
  'POST /api/v1/incidents/:id/status': 'incidents:report',
  'PUT /api/v1/incidents/:id/sop/:stepKey': 'incidents:report',
  'POST /api/v1/incidents/:id/agencies': 'incidents:report',
  'PATCH /api/v1/incidents/:id/agencies/:agencyId': 'incidents:report',
  'GET /api/v1/incidents/:id/persons': 'incidents:persons',
  'GET /api/v1/programmes': 'programmes:read',
  'GET /api/v1/programmes/:id': 'programmes:read',
  'POST /api/v1/programmes': 'programmes:manage',
  'PATCH /api/v1/programmes/:id': 'programmes:manage',
  'GET /api/v1/programmes/:id/enrolments': 'programmes:read',
  'POST /api/v1/programmes/:id/enrolments': 'programmes:manage',
  'POST /api/v1/programmes/:id/enrolments/:enrolmentId/status': 'programmes:manage',
  'POST /api/v1/incidents/:id/persons': 'incidents:persons',
  'PUT /api/v1/incidents/:id/review': 'incidents:report',
  'POST /api/v1/incidents/:id/close': 'incidents:review',
  'POST /api/v1/incidents/:id/alerts/:alertId/ack': 'incidents:read',
  'GET /api/v1/incidents/open-serious': 'incidents:read',
  'GET /api/v1/incidents/stats': 'incidents:read',
  'GET /api/v1/incidents/map': 'incidents:read',
  'GET /api/v1/incidents/export.csv': 'incidents:read',
  'GET /api/v1/incidents/export.xlsx': 'incidents:read',
  'GET /api/v1/incidents/:id/report.pdf': 'incidents:read',
  'GET /api/v1/incident-catalogue': 'incidents:read',
  'POST /api/v1/incident-catalogue/categories': 'incidents:configure',
  'PUT /api/v1/incident-catalogue/categories/:id': 'incidents:configure',
  'PUT /api/v1/incident-catalogue/severities/:code': 'incidents:configure',
  'GET /api/v1/incident-catalogue/categories/:id/sop': 'incidents:read',
  'POST /api/v1/incident-catalogue/categories/:id/sop': 'incidents:configure',
  'GET /api/v1/incident-catalogue/rules': 'incidents:read',
  'PUT /api/v1/incident-catalogue/rules': 'incidents:configure',
  'GET /api/v1/programme-figures': 'programmes:read',
  'GET /api/v1/inmates/:id/certificates': 'programmes:read',
  'POST /api/v1/inmates/:id/certificates': 'programmes:manage',
  'GET /api/v1/inmates/:id/summary': 'programmes:read',
  'GET /api/v1/inmates/:id/summary.pdf': 'programmes:read',
  'GET /api/v1/inmates/:id/summary.xlsx': 'programmes:read',
  'GET /api/v1/community-activities': 'programmes:read',
  'POST /api/v1/community-activities': 'programmes:manage',
  'GET /api/v1/community-activities/summary': 'programmes:read',
  'GET /api/v1/programmes/:id/sessions': 'programmes:read',
  'GET /api/v1/programmes/:id/sessions/:date/:start/attendance': 'programmes:read',
  'PUT /api/v1/programmes/:id/sessions/:date/:start/attendance': 'programmes:manage',
  'GET /api/v1/inmates': 'programmes:read',
  'GET /api/v1/inmates/:id': 'programmes:read',
  'GET /api/v1/products': 'products:read',
  'POST /api/v1/products': 'products:manage',
  'GET /api/v1/products/:id': 'products:read',
  'PATCH /api/v1/products/:id': 'products:manage',
  'POST /api/v1/products/:id/permits': 'products:manage',
  'PATCH /api/v1/products/:id/permits/:permitId': 'products:manage',
  'DELETE /api/v1/products/:id/permits/:permitId': 'products:manage',
  'POST /api/v1/products/:id/stage-requests': 'products:manage',
  'GET /api/v1/stage-requests': 'products:read',
  'POST /api/v1/stage-requests/:id/approve': 'products:approve',
  'POST /api/v1/stage-requests/:id/return': 'products:approve',
  'GET /api/v1/cooperatives': 'products:read',
  'PUT /api/v1/units/:unitId/cooperative': 'cooperative:manage',
  'GET /api/v1/units/:unitId/preorders': 'products:read',
  'PUT /api/v1/units/:unitId/preorders/:weekStart': 'cooperative:manage',
  'GET /api/v1/preorder-compliance': 'products:read',
  'GET /api/v1/units/:unitId/prices': 'products:read',
  'PUT /api/v1/units/:unitId/prices': 'cooperative:manage',
  'GET /api/v1/units/:unitId/pnbp-deposits': 'products:read',
  'POST /api/v1/units/:unitId/pnbp-deposits': 'cooperative:manage',
  'PUT /api/v1/units/:unitId/targets/:year': 'sales:targets',
  'GET /api/v1/sales-realisation': 'products:read',
  'GET /api/v1/product-figures': 'products:read',
  'POST /api/v1/inmates': 'inmates:manage',
  'PATCH /api/v1/inmates/:id': 'inmates:manage',
  'POST /api/v1/inmates/import': 'inmates:manage',
  'GET /api/v1/public/catalogue': 'public',
  'GET /api/v1/public/catalogue/:id': 'public',
  'GET /api/v1/public/catalogue/:id/photos/:index': 'public',
  'POST /api/v1/public/catalogue/:id/order-requests': 'public',
  'GET /api/v1/order-requests': 'cooperative:manage',
  'PATCH /api/v1/order-requests/:id': 'cooperative:manage',
  'GET /api/v1/production-batches': 'products:read',
  'GET /api/v1/production-batches/:id': 'products:read',
  'POST /api/v1/production-batches': 'products:manage',
  'GET /api/v1/production-options': 'products:manage',
  'GET /api/v1/proceeds-split-rules': 'products:read',
  'POST /api/v1/proceeds-split-rules': 'sales:configure',
  'POST /api/v1/sales': 'cooperative:manage',
  'GET /api/v1/sales': 'products:read',
  'GET /api/v1/sales/:id': 'products:read',
  'GET /api/v1/sale-options': 'cooperative:manage',
  'GET /api/v1/premi': 'products:read',
  'GET /api/v1/premi/:inmateId': 'products:read',
  'POST /api/v1/premi/:inmateId/payouts': 'cooperative:manage',
};

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
