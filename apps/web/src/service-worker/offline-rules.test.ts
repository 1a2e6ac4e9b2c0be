import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCacheKey, isCacheableApiResponse, routeRequest } from './offline-rules';

const ORIGIN = 'https://selaras.example';
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${ORIGIN}${path}`, mode });

test('each request finds its strategy; writes, sign-in and other sites are left alone', () => {
  const cases: [ReturnType<typeof get>, string | null][] = [
    [get('/assignments?offset=25', 'navigate'), 'navigation'],
    [get('/assets/index-abc123.js'), 'asset'],
    [get('/api/v1/assignments?limit=25'), 'api'],
    [get('/api/v1/me'), 'api'],
    [get('/api/v1/files/0192/thumbnail'), 'api'],
    [get('/api/v1/files/0192'), null],
    [get('/api/v1/auth/sessions'), null],
    [get('/api/v1/reports/export.csv', 'navigate'), 'api'],
    [get('/sw.js'), null],
    [{ method: 'POST', url: `${ORIGIN}/api/v1/reports`, mode: 'cors' }, null],
    [{ method: 'GET', url: 'https://tile.openstreetmap.org/1/1/1.png', mode: 'no-cors' }, null],
  ];
  for (const [request, expected] of cases) assert.equal(routeRequest(request, ORIGIN), expected, request.url);
});

test('only JSON answers and thumbnails are kept, never downloads or errors', () => {
  assert.equal(isCacheableApiResponse('/api/v1/assignments', 200, 'application/json; charset=utf-8'), true);
  assert.equal(isCacheableApiResponse('/api/v1/files/1/thumbnail', 200, 'image/webp'), true);
  assert.equal(isCacheableApiResponse('/api/v1/reports/export.csv', 200, 'text/csv'), false);
  assert.equal(isCacheableApiResponse('/api/v1/assignments', 401, 'application/problem+json'), false);
  assert.equal(isCacheableApiResponse('/api/v1/assignments', 500, 'application/json'), false);
});

test('the same query in another parameter order finds the same cached answer', () => {
  assert.equal(
    apiCacheKey(`${ORIGIN}/api/v1/assignments?offset=0&limit=25`),
    apiCacheKey(`${ORIGIN}/api/v1/assignments?limit=25&offset=0`),
  );
  assert.notEqual(apiCacheKey(`${ORIGIN}/api/v1/assignments?offset=25`), apiCacheKey(`${ORIGIN}/api/v1/assignments?offset=0`));
});
