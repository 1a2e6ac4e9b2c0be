import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { meetingPage, meetingsPage, newMeetingPage, type NewMeeting } from './pages/meeting-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';

const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const KANWIL = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };

/** Now as a WIB wall clock ("YYYY-MM-DDTHH:mm"): the meeting starts now, so units can check in. */
function nowInWib(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16);
}

const MEETING: NewMeeting = {
  title: 'Rapat koordinasi Kanwil Banten',
  startLocal: nowInWib(),
  link: 'https://meet.example.go.id/koordinasi-banten',
  chair: /Direktur Jenderal Pemasyarakatan/,
  kanwil: KANWIL,
};
const DECISION = {
  title: 'Laporan kesiapan penanaman kelapa',
  body: 'Setiap UPT di Banten melaporkan lokasi dan jumlah bibit yang siap ditanam.',
};

let meetingUrl = '';

const journey = startJourney();

test('the Dirjen schedules a virtual meeting with the UPTs of Kanwil Banten; the draft survives a reload', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('dirjen');

  await appShell(page).openSection('Rapat');
  const list = meetingsPage(page);
  await list.waitUntilLoaded();
  await list.createLink.click();

  const form = newMeetingPage(page);
  await form.heading.waitFor();
  await form.fill(MEETING);
  await page.reload();
  await form.heading.waitFor();
  assert.equal(await form.title.inputValue(), MEETING.title);
  await assertAccessible(page, 'new meeting form');
  await form.save();

  const meeting = meetingPage(page);
  await meeting.heading(MEETING.title).waitFor();
  await meeting.joinLink.waitFor();
  await page.getByRole('main').getByText(/WIB/).first().waitFor();
  await assertAccessible(page, 'meeting page for the organiser');
  meetingUrl = page.url();
  await page.context().close();
});

test('an operator of Lapas Perempuan Tangerang checks in on a phone', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');

  await appShell(page).openSection('Rapat');
  const list = meetingsPage(page);
  await list.waitUntilLoaded();
  await list.meetingLink(MEETING.title).click();

  const meeting = meetingPage(page);
  await meeting.heading(MEETING.title).waitFor();
  assert.equal(page.url(), meetingUrl);
  await assertAccessible(page, 'meeting page for an invited unit');
  await assertNoSidewaysScroll(page, 'meeting page');
  await meeting.checkIn(14);
  await meeting.checkedInNotice(UNIT, 14).waitFor();
  await page.context().close();
});

test('the Dirjen sees the attendance, writes a decision and turns it into a directive draft', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(meetingUrl);
  await signInPage(page).signIn('dirjen');

  const meeting = meetingPage(page);
  await meeting.heading(MEETING.title).waitFor();
  await meeting.rates.waitFor();
  const [name, invited, present, staff] = await meeting.kanwilRow(KANWIL);
  assert.equal(name, KANWIL);
  assert.ok(Number(invited) > 1);
  assert.deepEqual([present, staff], ['1', '14']);

  await meeting.addDecision(DECISION.title, DECISION.body);
  await meeting.saveMinutes();
  await meeting.makeDirective();
  await page.waitForURL(/\/directives\/[0-9a-f-]{36}$/);
  await page.getByRole('main').getByRole('heading', { level: 1, name: DECISION.title }).waitFor();
  await page.getByRole('main').getByText('Draf', { exact: true }).first().waitFor();
  await assertAccessible(page, 'directive made from a decision');

  await page.goto(meetingUrl);
  await page.getByRole('main').getByRole('link', { name: 'Lihat arahan' }).waitFor();
  await page.context().close();
});
