import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { seedAttendanceSet, type AttendanceSet } from '../../api/src/modules/programmes/attendance.test-kit.js';
import { startJourney } from './support/journey';
import { attendancePage } from './pages/attendance-page';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const DAY_MS = 86_400_000;
// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
const shot = (name: string) => (shotsDir ? join(shotsDir, `${name}.png`) : undefined);

/** Today in WIB, its weekday (1 = Senin) and an hour-long slot that began before now. */
function todayInJakarta(now = new Date()) {
  const wib = new Date(now.getTime() + 7 * 3_600_000);
  const date = wib.toISOString().slice(0, 10);
  const weekday = wib.getUTCDay() === 0 ? 7 : wib.getUTCDay();
  const hour = Math.max(0, wib.getUTCHours() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  const shift = (days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return { date, weekday, start: `${pad(hour)}:00`, end: `${pad(hour + 1)}:00`, shift };
}

let data: AttendanceSet;
const journey = startJourney(async ({ server }) => {
  const today = todayInJakarta();
  data = await seedAttendanceSet(server.database.db, {
    activeCount: 30,
    timetable: [{ weekday: today.weekday, start: today.start, end: today.end }],
    startDate: today.shift(-60),
    endDate: today.shift(60),
    lateJoinOn: today.shift(1),
  });
});

test("LPP Tangerang's programme officer takes attendance for 30 inmates on a phone", TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/pembinaan/program/${data.programmeId}/presensi`);
  await signInPage(page).signIn('pembinaan.lpp.tangerang');
  const grid = attendancePage(page);
  await grid.waitUntilLoaded(30);
  assert.equal(await grid.rows.count(), 30, 'the 30 active enrolments; not the suspended, ended or later one');

  await grid.markAllPresent.click();
  const sick = await grid.pseudonymOf(3);
  const court = await grid.pseudonymOf(17);
  await grid.setStatus(sick, 'Sakit', 'Dirawat di klinik');
  await grid.setStatus(court, 'Izin');
  assert.match((await grid.saveButton.textContent()) ?? '', /28 hadir, 2 lainnya/);
  assert.equal(await grid.saveButton.isDisabled(), true, 'a reason is still missing');

  // A reload before saving keeps every mark on the device.
  await page.reload();
  await grid.waitUntilLoaded(30);
  await grid.draftNotice.waitFor();
  assert.equal(await grid.checkedStatus(court).getAttribute('value'), 'izin');
  await grid.reasonOf(court).selectOption({ label: 'Sidang' });
  assert.match((await grid.saveButton.textContent()) ?? '', /Simpan presensi \(28 hadir, 2 lainnya\)/);

  await assertNoSidewaysScroll(page, 'the attendance grid of 30 inmates');
  await assertAccessible(page, 'the attendance grid');
  await screenshot(page, shot('attendance-grid-360'));
  // The signal drops as the officer saves: the marks stay on the device and go out once it is back.
  await page.context().setOffline(true);
  await grid.saveButton.click();
  await grid.offlineNotice.waitFor({ timeout: 60_000 });
  await page.context().setOffline(false);
  await grid.savedNotice.waitFor({ timeout: 15_000 });

  await page.reload();
  await grid.waitUntilLoaded(30);
  assert.equal(await grid.draftNotice.count(), 0, 'nothing left unsaved on the device');
  assert.equal(await grid.checkedCount('hadir'), 28);
  assert.equal(await grid.checkedStatus(sick).getAttribute('value'), 'sakit');
  assert.equal(await grid.reasonOf(sick).inputValue(), 'rawat_klinik');
  assert.equal(await grid.checkedStatus(court).getAttribute('value'), 'izin');
  assert.equal(await grid.reasonOf(court).inputValue(), 'sidang');
  assert.match((await grid.sessions.textContent()) ?? '', /28 hadir/);
  await assertNoSidewaysScroll(page, 'the saved register');
  await assertAccessible(page, 'the saved register');
});
