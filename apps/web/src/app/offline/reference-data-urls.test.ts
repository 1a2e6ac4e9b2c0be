import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Me } from '@selaras/contracts';
import { campaignUrls, programmeRosterUrls, referenceDataUrls } from './reference-data-urls';

function me(permissions: string[]): Me {
  return {
    user: { id: 'u1', username: 'operator', name: 'Operator', email: null },
    position: { id: 'p1', title: 'Operator', role: 'operator', unitId: 'unit-1', unitName: 'Lapas', unitKind: 'upt', unitTimezone: 'Asia/Jakarta' },
    positions: [],
    permissions,
    csrfToken: 'x',
    sessionExpiresAt: '2026-01-01T00:00:00Z',
  } as Me;
}

test('only the reference data the position may read is fetched for offline use', () => {
  assert.deepEqual(referenceDataUrls(me([])), ['/api/v1/me']);
  assert.deepEqual(referenceDataUrls(me(['units:read', 'directives:read', 'incidents:report', 'programmes:read'])), [
    '/api/v1/me',
    '/api/v1/units/unit-1',
    '/api/v1/assignments?limit=25&offset=0',
    '/api/v1/campaigns',
    '/api/v1/incident-catalogue',
    '/api/v1/programmes',
  ]);
  assert.ok(!referenceDataUrls(me(['incidents:read'])).includes('/api/v1/incident-catalogue'), 'reading incidents is not reporting them');
});

test('campaigns and programmes are followed to their sites, own follow-up and rosters, a few at most', () => {
  const campaigns = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, directiveId: `d${i}` }));
  const urls = campaignUrls(campaigns);
  assert.equal(urls.length, 15);
  assert.deepEqual(urls.slice(0, 3), [
    '/api/v1/campaigns/c0',
    '/api/v1/campaigns/c0/sites',
    '/api/v1/assignments?directiveId=d0&limit=1&role=follow_up',
  ]);
  assert.deepEqual(programmeRosterUrls([{ id: 'p/1' }]), ['/api/v1/programmes/p%2F1/enrolments']);
});
