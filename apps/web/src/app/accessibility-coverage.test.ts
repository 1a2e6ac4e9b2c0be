import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PAGES_BY_USER } from '../../e2e/support/pages-by-user';
import { routerPaths } from '../../e2e/support/router-paths';

// The accessibility suite (npm run test:robustness) is slow; this tells at once when a new page has no visit there.
test('every page of the router is visited by the accessibility suite, once', () => {
  const visited = Object.values(PAGES_BY_USER).flat().sort();
  assert.deepEqual(
    visited,
    routerPaths(),
    'add each new page of the router to PAGES_BY_USER (apps/web/e2e/support/pages-by-user.ts)',
  );
});

test('the router paths are read from its source', () => {
  const paths = routerPaths();
  assert.ok(paths.includes('/login') && paths.includes('/produk/$productId') && paths.includes('/pembinaan/baru'));
  assert.ok(!paths.includes('$'), 'the catch-all is not a page');
});
