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
let incidentId = '';

test(
  'the KPLP at LPP Tangerang reports a fight, then adds who was involved and corrects the place',
  TIMEOUT,
  async () => {
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
    incidentId = await report.submit();

    const incident = incidentPage(page);
    await incident.heading.waitFor();
    assert.equal(await incident.involvedCount('Warga binaan'), null, 'no one is listed as involved yet');
    // Folded on a phone until asked for.
    assert.equal(await incident.details.getByRole('form', { name: 'Rincian kejadian' }).isVisible(), false);

    await incident.saveDetails({
      involved: { 'Warga binaan terlibat': '2', Luka: '1' },
      location: 'Halaman Blok Mawar',
    });
    await incident
      .timelineEntry(/Rincian diperbarui: tempat, jumlah yang terlibat/)
      .first()
      .waitFor();
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
    assert.equal(
      await form.getByRole('textbox', { name: 'Tempat kejadian', exact: true }).inputValue(),
      'Halaman Blok Mawar',
    );
    await assertNoSidewaysScroll(page, 'an incident with people involved');
    await assertAccessible(page, 'an incident with people involved');
    await page.context().close();
  },
);

test('what is typed survives a reload; a time in the future is refused on its field', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/insiden/${incidentId}`);
  await signInPage(page).signIn('kplp.lpp.tangerang');
  const incident = incidentPage(page);
  await incident.heading.waitFor();
  const form = incident.details.getByRole('form', { name: 'Rincian kejadian' });
  await incident.details.locator('summary').click();
  await form.getByRole('textbox', { name: 'Tempat kejadian', exact: true }).fill('Pos jaga Blok Mawar');

  await page.reload();
  await incident.heading.waitFor();
  // A draft in progress opens the form by itself.
  await form.waitFor();
  assert.equal(
    await form.getByRole('textbox', { name: 'Tempat kejadian', exact: true }).inputValue(),
    'Pos jaga Blok Mawar',
  );
  assert.equal(await form.getByRole('textbox', { name: 'Warga binaan terlibat', exact: true }).inputValue(), '2');

  const time = form.getByLabel(/^Waktu kejadian \((WIB|WITA|WIT)\)/);
  await time.fill('2099-01-01T08:00');
  await form.getByRole('button', { name: 'Simpan rincian' }).click();
  await form.getByText('Waktu kejadian tidak boleh di masa depan.').waitFor();
  assert.equal(await time.getAttribute('aria-invalid'), 'true', "the server's refusal lands on the time field");
  assert.equal(await incident.location(), 'Halaman Blok Mawar', 'nothing was saved');
  await assertAccessible(page, 'incident details refused by the server');
  await page.context().close();
});
