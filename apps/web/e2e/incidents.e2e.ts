import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startJourney } from './support/journey';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { signInPage } from './pages/sign-in-page';
import { notificationsPage } from './pages/notification-pages';
import { incidentReportPage } from './pages/incident-report-page';
import { incidentPage } from './pages/incident-page';
import { openSeriousBanner } from './pages/incident-stats-pages';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const POLICE = 'Polres Metro Tangerang Kota';

const journey = startJourney();
let incidentId = '';
let incidentNumber = '';

async function signedInPhone(username: string, path: string): Promise<Page> {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}${path}`);
  await signInPage(page).signIn(username);
  return page;
}

test('an operator at LPP Tangerang reports an escape from a phone in one short form', TIMEOUT, async () => {
  const page = await signedInPhone('operator.lpp.tangerang', '/insiden/baru');
  const report = incidentReportPage(page);
  await report.waitUntilLoaded();
  await report.fill({
    category: 'Pelarian',
    severity: 'Berat',
    location: 'Tembok belakang Blok Melati',
    description: 'Tiga warga binaan memanjat tembok belakang saat pergantian regu jaga.',
    counters: { Kabur: '3' },
  });
  await assertNoSidewaysScroll(page, 'the first report of an incident');
  await assertAccessible(page, 'the first report of an incident');
  incidentId = await report.submit();

  const incident = incidentPage(page);
  await incident.heading.waitFor();
  incidentNumber = await incident.number();
  assert.match(incidentNumber, /^KAMTIB-\d{4}-\d{6}$/, 'the incident page names the incident by its number');
  assert.equal(await incident.figure('Masih buron'), '3');
  // An escape alerts the unit, its Kanwil and HQ at once.
  await incident.alertFor('Banten').waitFor();
  await assertNoSidewaysScroll(page, 'an escape just reported');
  await assertAccessible(page, 'an escape just reported');
  await page.context().close();
});

test('Kanwil Banten is alerted in its inbox and acknowledges the alert', TIMEOUT, async () => {
  const page = await signedInPhone('kanwil.banten', '/');
  const inbox = notificationsPage(page);
  await inbox.open();
  const alert = inbox.items.filter({ hasText: `Insiden kamtib: Pelarian di ${UNIT}` });
  await alert.first().waitFor();
  await alert.first().getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/insiden/${incidentId}$`));

  const incident = incidentPage(page);
  await incident.heading.waitFor();
  await incident.acknowledgeAlert('Banten');
  await incident.timelineEntry(/Diterima oleh/).first().waitFor();
  await assertNoSidewaysScroll(page, 'an alert acknowledged by the Kanwil');
  await page.context().close();
});

test('the operator logs the police arrival and two recaptured; the figures follow', TIMEOUT, async () => {
  const page = await signedInPhone('operator.lpp.tangerang', `/insiden/${incidentId}`);
  const incident = incidentPage(page);
  await incident.heading.waitFor();
  await incident.logAgency({ agency: 'Polres', name: POLICE, personnel: '20', notes: 'Penyekatan jalan ke arah Serpong.' });
  await incident.markArrivedNow(POLICE);
  await incident.addUpdate({ note: 'Dua ditangkap kembali di Pasar Anyar.', counters: { 'Tertangkap kembali': '2' } });
  assert.equal(await incident.figure('Masih buron'), '1');
  assert.equal(await incident.figure('Tertangkap kembali'), '2');
  await incident.timelineEntry(/Dua ditangkap kembali/).first().waitFor();
  await assertNoSidewaysScroll(page, 'an escape with police on site and recaptures');
  await assertAccessible(page, 'an escape with police on site and recaptures');
  await page.context().close();
});

test('the Dirjen sees the current figure on the first screen and on the incident', TIMEOUT, async () => {
  const page = await signedInPhone('dirjen', '/');
  const banner = openSeriousBanner(page);
  const item = banner.items.filter({ hasText: incidentNumber });
  await item.waitFor();
  assert.match((await item.textContent()) ?? '', /Masih buron\D*1/);
  await assertNoSidewaysScroll(page, 'the open serious incidents banner');
  // The same banner heads the leadership dashboard.
  await page.goto(`${journey.server.url}/dashboard`);
  await item.waitFor();
  assert.match((await item.textContent()) ?? '', /Masih buron\D*1/);
  await item.getByRole('link', { name: new RegExp(incidentNumber) }).click();
  const incident = incidentPage(page);
  await incident.heading.waitFor();
  assert.equal(await incident.figure('Masih buron'), '1');
  await page.context().close();
});
