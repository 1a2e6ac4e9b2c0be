import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { assignmentsPage } from './pages/directive-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';

const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };

const journey = startJourney();

/** True once every script this page loaded, the assignment list and the campaigns page are in the service worker's caches. */
async function keptForOffline(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const scripts = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith('/assets/'));
    const api = await caches.open('selaras-api');
    const keys = (await api.keys()).map((request) => new URL(request.url));
    const hasList = keys.some((url) => url.pathname === '/api/v1/assignments' && url.searchParams.get('limit') === '25');
    const hasMe = keys.some((url) => url.pathname === '/api/v1/me');
    const hasCampaigns = keys.some((url) => url.pathname === '/api/v1/campaigns');
    const missing = await Promise.all(scripts.map(async (url) => !(await caches.match(url))));
    // A page not visited yet: its code comes from the background precache, its data from the warm-up.
    const shells = await Promise.all((await caches.keys()).filter((n) => n.startsWith('selaras-shell-')).map((n) => caches.open(n)));
    const shellUrls = (await Promise.all(shells.map((cache) => cache.keys()))).flat().map((request) => request.url);
    const hasCampaignsPage = shellUrls.some((url) => /\/assets\/campaigns-page-[^/]+\.js$/.test(url));
    return hasList && hasMe && hasCampaigns && hasCampaignsPage && !missing.some(Boolean);
  });
}

async function waitUntilKeptForOffline(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await keptForOffline(page)) return;
    await page.waitForTimeout(200);
  }
  assert.fail('the service worker never kept the app shell and the assignment list');
}

test('after one online visit the assignment list and the campaigns open without a network, saying it is offline', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  await appShell(page).openSection('Tindak lanjut');
  const list = assignmentsPage(page);
  await list.heading.waitFor();
  const offlineNotice = page.getByRole('status').getByText('Offline — data terakhir tersimpan');
  assert.equal(await offlineNotice.count(), 0, 'no offline notice while online');

  await waitUntilKeptForOffline(page);
  const onlineItems = await page.getByRole('main').getByRole('listitem').allTextContents();
  assert.ok(onlineItems.length > 0, 'the demo operator has assignments to show');

  await page.context().setOffline(true);
  await page.reload();
  await list.heading.waitFor();
  await offlineNotice.waitFor();
  // The notice says when the data on screen was fetched, in the unit's zone (WIB for Tangerang).
  await page.getByRole('status').getByText(/data terakhir tersimpan \d{1,2} \w+ \d{4}.*WIB/).waitFor();
  assert.deepEqual(await page.getByRole('main').getByRole('listitem').allTextContents(), onlineItems);
  await page.getByRole('banner').waitFor();
  await assertAccessible(page, 'assignment list offline');
  await assertNoSidewaysScroll(page, 'assignment list offline');

  await appShell(page).openSection('Gerakan Serentak');
  await appShell(page).mainHeading().filter({ hasText: 'Gerakan Serentak' }).waitFor();
  await page.getByRole('main').getByRole('table').waitFor();
  assert.equal(await page.getByRole('main').getByRole('alert').count(), 0, 'the campaigns page shows its cached list, not an error');

  await page.context().setOffline(false);
  await offlineNotice.waitFor({ state: 'detached' });
  await page.context().close();
});
