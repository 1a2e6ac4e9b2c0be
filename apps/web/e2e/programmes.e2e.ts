import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startJourney } from './support/journey';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { signInPage } from './pages/sign-in-page';
import { newProgrammePage, programmePage, programmesPage } from './pages/programme-pages';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const NAME = 'Sulam dan bordir';

const journey = startJourney();
let programmeId = '';

async function signedInPhone(username: string, path: string): Promise<Page> {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}${path}`);
  await signInPage(page).signIn(username);
  return page;
}

test('a programme officer at LPP Tangerang creates a programme with a two-slot timetable on a phone; the draft survives a reload', TIMEOUT, async () => {
  const page = await signedInPhone('pembinaan.lpp.tangerang', '/pembinaan/baru');
  const form = newProgrammePage(page);
  await form.heading.waitFor();
  await form.fill({
    name: NAME,
    category: 'Manufaktur (mebel, garmen, batik, sablon, las, kerajinan)',
    partner: 'BLK Tangerang',
    trainer: 'Ibu Ratna',
    place: 'Bengkel kerja wanita',
    capacity: '15',
    startDate: '2026-01-05',
    endDate: '2026-12-18',
    timetable: [
      { weekday: 'Senin', start: '08:00', end: '10:00' },
      { weekday: 'Kamis', start: '13:00', end: '15:30' },
    ],
  });
  await assertNoSidewaysScroll(page, 'the new-programme form');
  await assertAccessible(page, 'the new-programme form');
  await page.reload();
  await form.heading.waitFor();
  assert.equal(await form.name.inputValue(), NAME, 'the draft name survives a reload');
  assert.equal(await form.slot(2).getByLabel(/^Jam selesai/).inputValue(), '15:30', 'the second slot survives a reload');
  programmeId = await form.submit();

  const programme = programmePage(page);
  await programme.heading(NAME).waitFor();
  await programme.details.getByText('Kamis, 13.00–15.30 WIB').waitFor();
  assert.equal(await programme.attendanceLink.getAttribute('href'), `/pembinaan/program/${programmeId}/presensi`);
  await programme.participants.getByText('Belum ada peserta.').waitFor();
  await assertNoSidewaysScroll(page, 'a programme page');
  await assertAccessible(page, 'a programme page');
  await page.context().close();
});

test('the HQ viewer sees the programme card at 360 px but cannot create one', TIMEOUT, async () => {
  const page = await signedInPhone('humas.ditjenpas', '/pembinaan');
  const list = programmesPage(page);
  await list.heading.waitFor();
  await list.card(NAME).waitFor();
  assert.equal(await list.createLink.count(), 0);
  await assertNoSidewaysScroll(page, 'the programme list');
  await assertAccessible(page, 'the programme list');
  await page.context().close();
});
