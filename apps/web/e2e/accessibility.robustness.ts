import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { seedDemoActivity } from '../../api/src/demo.js';
import { startJourney } from './support/journey';
import { assertAccessible, openPage } from './support/browser';
import { demoRouteParams, hrefOf, type RouteParams } from './support/page-visits';
import { PAGES_BY_USER } from './support/pages-by-user';
import { routerPaths } from './support/router-paths';
import { signInPage } from './pages/sign-in-page';

const TIMEOUT = { timeout: 1_200_000 };
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
/** Headings of the error, forbidden and not-found pages: a visit that lands on one of them proves nothing. */
const FAILED_PAGE = /tidak ditemukan|tidak dapat dimuat|Akses ditolak|tidak tersedia/i;

let params: RouteParams = {};
const journey = startJourney(async ({ server }) => {
  const filesRoot = mkdtempSync(join(tmpdir(), 'selaras-a11y-'));
  try {
    await seedDemoActivity(server.database.db, { filesRoot });
  } finally {
    rmSync(filesRoot, { recursive: true, force: true });
  }
  params = await demoRouteParams(server.database.db);
});

/** Waits until the page shows its own first heading and its data requests have settled. */
async function waitUntilShown(page: Page, href: string): Promise<void> {
  const heading = page.locator('h1').first();
  await heading.waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page
    .locator('main [role="status"]')
    .first()
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
  const text = (await heading.textContent()) ?? '';
  assert.doesNotMatch(text, FAILED_PAGE, `${href} shows "${text}" instead of its page`);
  assert.ok(
    !new URL(page.url()).pathname.startsWith('/login') || href === '/login',
    `${href} sent the visitor to sign in`,
  );
}

/** Opens every folded section (the amendment form, the incident details form...) so axe reads its form too. */
async function openDisclosures(page: Page): Promise<void> {
  await page.locator('main details:not([open]) > summary').evaluateAll((summaries) => {
    for (const summary of summaries) (summary as HTMLElement).click();
  });
}

/** Records axe's serious and critical findings instead of stopping at the first page that has some. */
async function check(page: Page, where: string, failures: string[]): Promise<void> {
  try {
    await assertAccessible(page, where);
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  }
}

test('every page of the router has a visit in the accessibility suite', () => {
  const visited = Object.values(PAGES_BY_USER).flat().sort();
  assert.deepEqual(
    visited,
    routerPaths(),
    'add each new page of the router to PAGES_BY_USER, with an account that may see it',
  );
});

test('axe finds no serious or critical issue on any page, on a phone and on a desktop', TIMEOUT, async () => {
  const failures: string[] = [];
  let checked = 0;
  for (const viewport of WIDTHS) {
    for (const [user, routes] of Object.entries(PAGES_BY_USER)) {
      const page = await openPage(journey.browser, viewport);
      if (user) {
        await page.goto(`${journey.server.url}/login`);
        await signInPage(page).signIn(user);
      }
      for (const route of routes) {
        const href = hrefOf(route, params);
        await page.goto(`${journey.server.url}${href}`);
        await waitUntilShown(page, href);
        await openDisclosures(page);
        await check(page, `${route} as ${user || 'anonymous'} at ${viewport.width} px`, failures);
        checked += 1;
      }
      if (user === 'dirjen' && viewport.width === 360) {
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
        await check(page, 'the open menu at 360 px', failures);
      }
      await page.context().close();
    }
  }
  process.stdout.write(
    `# accessibility: ${checked} pages × widths checked (${routerPaths().length} pages at ${WIDTHS.length} widths)\n`,
  );
  assert.equal(failures.length, 0, failures.join('\n\n'));
});
