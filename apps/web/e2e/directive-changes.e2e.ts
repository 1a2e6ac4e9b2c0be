import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { amendPanel, recurrenceFields, rollupWindows } from './pages/directive-change-pages';
import { assignmentsPage, directivePage, newDirectivePage, type NewDirective } from './pages/directive-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';

const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };
const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';

const DIRECTIVE: NewDirective = {
  reference: 'UND-PAS-200/2025',
  title: 'Laporan mingguan ketahanan pangan Banten',
  body: 'Setiap UPT melaporkan hasil panen mingguan dari lahan SAE.',
  kanwil: 'Kanwil Banten',
  dueDate: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10),
  dueTime: '10:00',
  metric: { name: 'Hasil panen', unit: 'kg', target: '50' },
};
const AMENDED_TITLE = 'Laporan mingguan ketahanan pangan Kanwil Banten';


const journey = startJourney();

test('the Dirjen issues a weekly directive, switches its windows, and amends it with a reason', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('dirjen');
  await page.goto(`${journey.server.url}/directives/new`);
  const form = newDirectivePage(page);
  await form.heading.waitFor();
  await form.kanwilChoice(DIRECTIVE.kanwil).waitFor();
  await form.fill(DIRECTIVE);
  await recurrenceFields(page).weekly('Senin', 3);

  await page.reload();
  await form.heading.waitFor();
  const recurrence = recurrenceFields(page);
  assert.equal(await recurrence.kind.inputValue(), 'weekly', 'the recurrence survives a reload');
  assert.equal(await recurrence.count.inputValue(), '3');
  await assertAccessible(page, 'new directive form with recurrence');
  await form.save();

  const directive = directivePage(page);
  await directive.heading(DIRECTIVE.title).waitFor();
  await directive.issue();
  await directive.rollupTable.waitFor();
  const windows = rollupWindows(page);
  await windows.showing(1, 3).waitFor();
  assert.equal(await windows.switcher.locator('option').count(), 3);
  await windows.switcher.selectOption('2');
  await windows.showing(2, 3).waitFor();

  const amend = amendPanel(page);
  await amend.open();
  await amend.title.fill(AMENDED_TITLE);
  await amend.submit();
  assert.equal(await amend.reason.getAttribute('aria-invalid'), 'true', 'the reason is required');
  await page.reload();
  await directive.heading(DIRECTIVE.title).waitFor();
  await amend.open();
  assert.equal(await amend.title.inputValue(), AMENDED_TITLE, 'the amendment draft survives a reload');
  await amend.reason.fill('Judul disesuaikan dengan surat Kanwil.');
  await assertAccessible(page, 'amendment form');
  await amend.submit();
  await amend.saved.waitFor();
  await directive.heading(AMENDED_TITLE).waitFor();
  await amend.history.getByText('Versi 2', { exact: false }).waitFor();
  await amend.history.getByText('Judul disesuaikan dengan surat Kanwil.').waitFor();
  await assertAccessible(page, 'directive page with change history');

  await page.setViewportSize(PHONE);
  await assertNoSidewaysScroll(page, 'directive page');
  await page.context().close();
});

test('the operator sees which window an assignment belongs to', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  await appShell(page).openSection('Tindak lanjut');
  const list = assignmentsPage(page);
  await list.waitUntilLoaded();
  const link = list.assignmentLink(AMENDED_TITLE, UNIT);
  await link.waitFor();
  await list.list.getByRole('listitem').filter({ hasText: AMENDED_TITLE }).getByText('Jendela 1 dari 3').waitFor();
  await assertNoSidewaysScroll(page, 'assignment list');
  await page.context().close();
});
