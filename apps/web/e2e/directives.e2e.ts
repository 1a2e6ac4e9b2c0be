import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startJourney } from './support/journey';
import { geotaggedJpeg } from '../../api/src/test/files.js';
import { appShell } from './pages/app-shell';
import {
  assignmentPage,
  assignmentsPage,
  directivePage,
  directivesPage,
  newDirectivePage,
  type NewDirective,
} from './pages/directive-pages';
import { dashboardPage } from './pages/overview-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';

const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const KANWIL = 'Kanwil Banten';
const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const DIRECTIVE: NewDirective = {
  reference: 'UND-PAS-123/2025',
  title: 'Penanaman kelapa serentak Kanwil Banten',
  body: 'Setiap UPT menanam bibit kelapa serentak, berkoordinasi dengan pemerintah daerah, lalu melaporkan jumlah bibit.',
  kanwil: KANWIL,
  dueDate: inDays(7),
  dueTime: '10:00',
  metric: { name: 'Bibit kelapa ditanam', unit: 'batang', target: '100' },
};
const METRIC_LABEL = `${DIRECTIVE.metric.name} (${DIRECTIVE.metric.unit})`;

// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
function shot(name: string): string | undefined {
  return shotsDir ? join(shotsDir, `${name}.png`) : undefined;
}

let directiveUrl = '';
let assignmentUrl = '';
const PHOTO = 'kebun-kelapa.jpg';
const photoDir = mkdtempSync(join(tmpdir(), 'selaras-e2e-'));
const photoPath = join(photoDir, PHOTO);

const journey = startJourney(async () => {
  writeFileSync(photoPath, await geotaggedJpeg({ color: '#4d7c0f' }));
});

after(async () => {
  rmSync(photoDir, { recursive: true, force: true });
});

test('the Dirjen drafts a directive to the UPTs of Kanwil Banten and issues it', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('dirjen');

  await appShell(page).openSection('Arahan');
  const list = directivesPage(page);
  await list.waitUntilLoaded();
  await assertAccessible(page, 'directive list');

  await list.createLink.click();
  const form = newDirectivePage(page);
  await form.heading.waitFor();
  await form.kanwilChoice(KANWIL).waitFor();
  await assertAccessible(page, 'new directive form');
  await form.fill(DIRECTIVE);
  await screenshot(page, shot('directive-new-1280'));
  await form.save();

  const directive = directivePage(page);
  await directive.heading(DIRECTIVE.title).waitFor();
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).waitFor();
  await assertAccessible(page, 'draft directive page');
  await directive.issue();
  await directive.rollupTable.waitFor();
  await directive.issuedBadge.waitFor();
  await assertAccessible(page, 'issued directive page');
  directiveUrl = page.url();

  await appShell(page).openSection('Arahan');
  await list.directiveLink(DIRECTIVE.title).waitFor();
  await screenshot(page, shot('directives-1280'));
  await page.context().close();
});

test('an operator of Lapas Perempuan Tangerang reports, and nothing typed is lost on reload', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');

  await appShell(page).openSection('Tindak lanjut');
  const list = assignmentsPage(page);
  await list.waitUntilLoaded();
  await list.assignmentLink(DIRECTIVE.title, UNIT).waitFor();
  await assertAccessible(page, 'assignment list');
  await assertNoSidewaysScroll(page, 'assignment list');
  await screenshot(page, shot('assignments-360'));

  await list.assignmentLink(DIRECTIVE.title, UNIT).click();
  const assignment = assignmentPage(page);
  await assignment.heading(DIRECTIVE.title).waitFor();
  await assignment.metricInput(METRIC_LABEL).fill('120');
  await assignment.narrative.fill('120 bibit kelapa genjah ditanam di lahan SAE bersama warga binaan dan Polsek.');
  await assignment.attachPhoto(photoPath);
  await assignment.attachment(PHOTO).getByText('ada geotag').waitFor();
  assert.ok((await assignment.thumbnailLoaded(PHOTO)) > 0, 'the uploaded photo shows its thumbnail');

  await page.reload();
  await assignment.heading(DIRECTIVE.title).waitFor();
  assert.equal(await assignment.metricInput(METRIC_LABEL).inputValue(), '120');
  await assignment.attachment(PHOTO).getByText('ada geotag').waitFor();
  await assertAccessible(page, 'assignment page with report form');
  await assertNoSidewaysScroll(page, 'assignment page');
  await screenshot(page, shot('assignment-form-360'));

  await assignment.send();
  await assignment.sentNotice.waitFor();
  await assignment.status('Dilaporkan').waitFor();
  await assignment.history.getByText('Versi 1').waitFor();
  await assignment.attachment(PHOTO, assignment.history).waitFor();
  assignmentUrl = page.url();
  await page.context().close();
});

test('the Kanwil Banten verifier finds the report among those to verify and verifies it', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('kanwil.banten');

  await appShell(page).openSection('Tindak lanjut');
  const list = assignmentsPage(page);
  await list.waitUntilLoaded();
  await list.openPreset('Perlu diverifikasi');
  await page.waitForURL(/status=dilaporkan/);
  await list.assignmentLink(DIRECTIVE.title, UNIT).click();

  const assignment = assignmentPage(page);
  await assignment.heading(DIRECTIVE.title).waitFor();
  await page.getByRole('button', { name: 'Verifikasi', exact: true }).waitFor();
  assert.equal(page.url(), assignmentUrl);
  assert.ok((await assignment.thumbnailLoaded(PHOTO, assignment.history)) > 0, 'the verifier sees the photo');
  const photo = assignment.attachment(PHOTO, assignment.history);
  await photo.getByText('ada geotag').waitFor();
  await photo.getByText('Lokasi -6,175, 106,62').waitFor();
  await photo.getByText('Diambil 9 September 2025, 08.15 WIB').waitFor();
  assert.match(String(await photo.getByRole('link').getAttribute('href')), /^\/api\/v1\/files\/[0-9a-f-]{36}$/);
  await assertAccessible(page, 'assignment page for the verifier');
  await screenshot(page, shot('assignment-verify-1280'));

  await assignment.verify();
  await assignment.status('Terverifikasi').waitFor();
  await assignment.history.getByText('Terverifikasi', { exact: true }).waitFor();
  await page.context().close();
});

test('the Dirjen sees Banten with one unit reported and one verified', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(directiveUrl);
  await signInPage(page).signIn('dirjen');

  const directive = directivePage(page);
  await directive.heading(DIRECTIVE.title).waitFor();
  const progress = await directive.kanwilProgress(KANWIL);
  assert.match(progress.reported, /^1 dari \d+ unit/);
  assert.match(progress.verified, /^1 dari \d+ unit/);
  await page.getByRole('main').getByText('Terverifikasi: 120 batang').first().waitFor();
  await assertAccessible(page, 'directive page with roll-up');
  await screenshot(page, shot('directive-1280'));

  await page.setViewportSize(PHONE);
  await assertNoSidewaysScroll(page, 'directive page');
  await screenshot(page, shot('directive-360'));

  await page.goto(`${journey.server.url}/directives/new`);
  await newDirectivePage(page).heading.waitFor();
  await assertNoSidewaysScroll(page, 'new directive form');
  await screenshot(page, shot('directive-new-360'));
  await page.context().close();
});

test('the Dirjen sees the verified report on the leadership dashboard', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  const directiveId = new URL(directiveUrl).pathname.split('/').pop() ?? '';
  await page.goto(`${journey.server.url}/login?redirect=${encodeURIComponent(`/dashboard?directiveId=${directiveId}`)}`);
  await signInPage(page).signIn('dirjen');

  const dashboard = dashboardPage(page);
  await dashboard.waitUntilLoaded();
  assert.equal(await dashboard.tileValue('Arahan terbit').textContent(), '1');
  const banten = dashboard.ranking.getByRole('listitem').filter({ hasText: 'Banten' });
  assert.equal(await dashboard.ranking.getByRole('listitem').count(), 1, 'only Kanwil Banten has follow-ups of this directive');
  // One unit reported and the same unit verified: the two shares are equal and above zero.
  const text = (await banten.textContent()) ?? '';
  assert.match(text, /Dilaporkan ([1-9][\d,]*%).*Terverifikasi \1/, text);
  await page.context().close();
});
