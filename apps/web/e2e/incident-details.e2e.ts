import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { signInPage } from './pages/sign-in-page';
import { incidentReportPage } from './pages/incident-report-page';
import { incidentPage } from './pages/incident-page';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };

const journey = startJourney();

test('the KPLP at LPP Tangerang reports a fight, then adds who was involved and corrects the place', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/insiden/baru`);
  await signInPage(page).signIn('kplp.lpp.tangerang');
  const report = incidentReportPage(page);
  await report.waitUntilLoaded();
  await report.fill({
    category: 'Perkelahian',
    severity: 'Sedang',
    location: 'Blok Mawar',
    description: 'Dua warga binaan berkelahi di halaman saat apel pagi.',
  });
  await report.submit();

  const incident = incidentPage(page);
  await incident.heading.waitFor();
  assert.equal(await incident.involvedCount('Warga binaan'), null, 'no one is listed as involved yet');
  // Folded on a phone until asked for.
  assert.equal(await incident.details.getByRole('form', { name: 'Rincian kejadian' }).isVisible(), false);

  await incident.saveDetails({
    involved: { 'Warga binaan terlibat': '2', Luka: '1' },
    location: 'Halaman Blok Mawar',
  });
  await incident.timelineEntry(/Rincian diperbarui: tempat, jumlah yang terlibat/).first().waitFor();
  assert.equal(await incident.location(), 'Halaman Blok Mawar');
  await assertNoSidewaysScroll(page, 'incident details opened and saved');
  await assertAccessible(page, 'incident details opened and saved');

  await page.reload();
  await incident.heading.waitFor();
  assert.equal(await incident.location(), 'Halaman Blok Mawar');
  assert.equal(await incident.involvedCount('Warga binaan'), '2');
  assert.equal(await incident.involvedCount('Luka'), '1');
  assert.equal(await incident.involvedCount('Petugas'), '0');
  // The form opens again with the saved counts.
  await incident.details.locator('summary').click();
  const form = incident.details.getByRole('form', { name: 'Rincian kejadian' });
  assert.equal(await form.getByRole('textbox', { name: 'Warga binaan terlibat', exact: true }).inputValue(), '2');
  assert.equal(await form.getByRole('textbox', { name: 'Tempat kejadian', exact: true }).inputValue(), 'Halaman Blok Mawar');
  await assertNoSidewaysScroll(page, 'an incident with people involved');
  await assertAccessible(page, 'an incident with people involved');
  await page.context().close();
});
