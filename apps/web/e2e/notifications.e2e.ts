import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { findUserByUsername } from '../../api/src/modules/users/index.js';
import { createNotify } from '../../api/src/platform/notify/notify.js';
import { notificationsPage } from './pages/notification-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, openPage, pageScrollWidth } from './support/browser';
import { eventually } from './support/eventually';

const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };
const REMINDER = 'Pengingat: Penanaman kelapa serentak';
const OVERDUE = 'Terlambat: Apel siaga';


const journey = startJourney(async () => {
  const db = journey.server.database.db;
  const user = await findUserByUsername(db, 'operator.lpp.tangerang');
  assert.ok(user);
  const notify = createNotify({ email: false, webhook: false });
  for (const [title, key] of [[REMINDER, 'r1'], [OVERDUE, 'r2']] as const) {
    await db.transaction((tx) =>
      notify(tx, {
        recipients: [{ userId: user.id, positionId: null, unitId: null, email: null }],
        kind: 'reminder.due',
        title,
        body: 'Tindak lanjut Lapas Perempuan Kelas IIA Tangerang jatuh tempo 1 hari lagi, 9 Sep 2025 10.00 WIB.',
        link: '/assignments',
        dedupeKey: key,
      }),
    );
  }
});

test('an operator on a phone sees the unread badge, reads one message, then marks all read', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  const inbox = notificationsPage(page);
  await inbox.unreadCount.waitFor();
  assert.equal(await inbox.unreadCount.textContent(), '2');

  await inbox.open();
  await assertAccessible(page, 'notifications page');
  const wide = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 361).map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().right}`).slice(0, 12).join('\n'));
  assert.ok((await pageScrollWidth(page)) <= PHONE.width, `the inbox does not scroll sideways at 360 px\n${wide}`);
  assert.equal(await inbox.unreadItems.count(), 2);

  await inbox.markRead(REMINDER);
  await page.waitForFunction(() => document.querySelector('[data-testid="unread-count"]')?.textContent === '1');
  // The badge and the list are two requests: the list may arrive a moment after the badge.
  assert.equal(await eventually(() => inbox.unreadItems.count(), (count) => count === 1, 5_000), 1);

  await inbox.markAllRead();
  await inbox.unreadCount.waitFor({ state: 'detached' });
  assert.equal(await inbox.unreadItems.count(), 0);
  assert.equal(await inbox.items.count(), 2, 'read messages stay in the inbox');
});
