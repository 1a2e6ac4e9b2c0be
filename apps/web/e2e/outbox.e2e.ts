import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { files } from '../../api/src/platform/files/index.js';
import { reportAttachments } from '../../api/src/modules/directives/directives.attachments.table.js';
import { reports } from '../../api/src/modules/directives/directives.table.js';
import { geotaggedJpeg } from '../../api/src/test/files.js';
import { assignmentPage } from './pages/directive-pages';
import { outboxBadge, outboxPage } from './pages/outbox-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage, screenshot } from './support/browser';
import { startJourney } from './support/journey';
import { eventually } from './support/eventually';
import { issueBantenDirective, reportAndVerifyOnBehalf } from './support/outbox-data';

const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };
const OPERATOR = 'operator.lpp.tangerang';
const QUEUED = 'Tersimpan di perangkat, akan dikirim otomatis.';
const PHOTO = 'apel-pagi.jpg';
const photoDir = mkdtempSync(join(tmpdir(), 'selaras-outbox-'));
const photoPath = join(photoDir, PHOTO);

// Set E2E_SCREENSHOTS to a folder to keep full-page screenshots of the journey.
const shotsDir = process.env.E2E_SCREENSHOTS;
function shot(name: string): string | undefined {
  return shotsDir ? join(shotsDir, `${name}.png`) : undefined;
}

const ids = { photo: '', conflicting: '', valid: '', signOut: '', needsPhoto: '', refusedLater: '' };
const journey = startJourney(async ({ server }) => {
  writeFileSync(photoPath, await geotaggedJpeg({ color: '#0f766e' }));
  ids.photo = await issueBantenDirective(server.url, 'Apel kesiapsiagaan pagi');
  ids.conflicting = await issueBantenDirective(server.url, 'Razia kamar hunian');
  ids.valid = await issueBantenDirective(server.url, 'Penyuluhan hukum');
  ids.signOut = await issueBantenDirective(server.url, 'Pemeriksaan kesehatan');
  ids.needsPhoto = await issueBantenDirective(server.url, 'Kebersihan blok hunian', 1);
  ids.refusedLater = await issueBantenDirective(server.url, 'Pemeriksaan dapur', 1);
});

after(() => rmSync(photoDir, { recursive: true, force: true }));

async function signedInAt(path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await openPage(journey.browser, PHONE));
  if (!page) {
    await tab.goto(`${journey.server.url}/login`);
    await signInPage(tab).signIn(OPERATOR);
  }
  await tab.goto(`${journey.server.url}${path}`);
  await assignmentPage(tab).narrative.waitFor();
  return tab;
}

async function fillReport(page: Page, activities: string, narrative: string): Promise<void> {
  const form = assignmentPage(page);
  await form.metricInput('Kegiatan').fill(activities);
  await form.narrative.fill(narrative);
}

async function reportsOf(assignmentId: string) {
  return journey.server.database.db.select().from(reports).where(eq(reports.assignmentId, assignmentId));
}

test('a report with a photo made without signal is kept on the phone and sent once when the signal returns', TIMEOUT, async () => {
  const page = await signedInAt(`/assignments/${ids.photo}`);
  await page.context().setOffline(true);
  await fillReport(page, '3', 'Apel pagi diikuti seluruh petugas jaga.');
  await assignmentPage(page).attachPhoto(photoPath);
  await page.getByTestId('pending-file').filter({ hasText: PHOTO }).waitFor();
  await assignmentPage(page).send();

  await page.getByText(QUEUED).waitFor();
  assert.equal(await outboxBadge(page).textContent(), '1 belum terkirim');
  await screenshot(page, shot('outbox-queued-report-360'));
  await assertAccessible(page, 'report form with a queued report');
  await assertNoSidewaysScroll(page, 'report form with a queued report');
  assert.equal((await reportsOf(ids.photo)).length, 0, 'nothing reaches the server without signal');

  await page.context().setOffline(false);
  await outboxBadge(page).waitFor({ state: 'detached', timeout: 20_000 });
  await assignmentPage(page).sentNotice.waitFor();

  const arrived = await reportsOf(ids.photo);
  assert.equal(arrived.length, 1, 'exactly one report');
  const attached = await journey.server.database.db.select().from(reportAttachments).where(eq(reportAttachments.reportId, arrived[0]?.id ?? ''));
  assert.equal(attached.length, 1, 'the photo is attached to the report');
  const stored = await journey.server.database.db.select().from(files).where(eq(files.name, PHOTO));
  assert.equal(stored.length, 1, 'exactly one stored file');
  assert.equal(stored[0]?.id, attached[0]?.fileId);
  await page.context().close();
});

test('a report refused by the server stays in the outbox with its reason; the next one is still sent', TIMEOUT, async () => {
  const first = await signedInAt(`/assignments/${ids.conflicting}`);
  const second = await signedInAt(`/assignments/${ids.valid}`, await first.context().newPage());
  await first.context().setOffline(true);

  await fillReport(first, '2', 'Razia dilakukan di blok A dan B.');
  await assignmentPage(first).send();
  await first.getByText(QUEUED).waitFor();
  await fillReport(second, '5', 'Penyuluhan hukum bersama LBH setempat.');
  await assignmentPage(second).send();
  await second.getByText(QUEUED).waitFor();
  await outboxBadge(second).filter({ hasText: '2 belum terkirim' }).waitFor();

  await reportAndVerifyOnBehalf(journey.server.url, ids.conflicting);
  await first.close();
  await second.context().setOffline(false);
  await assignmentPage(second).sentNotice.waitFor({ timeout: 20_000 });
  assert.equal((await reportsOf(ids.valid)).length, 1, 'the valid report arrived');
  assert.equal((await reportsOf(ids.conflicting)).length, 1, 'only the Kanwil report is on the conflicting assignment');
  await outboxBadge(second).filter({ hasText: '1 belum terkirim' }).waitFor();

  await outboxBadge(second).click();
  const outbox = outboxPage(second);
  await outbox.heading.waitFor();
  const refused = outbox.item('Laporan: Razia kamar hunian');
  await refused.getByText(/^Konflik: .*sudah diverifikasi/).waitFor();
  await refused.getByText('Razia dilakukan di blok A dan B.').waitFor();
  await screenshot(second, shot('outbox-conflict-360'));
  await assertAccessible(second, 'outbox with a conflict');
  await assertNoSidewaysScroll(second, 'outbox with a conflict');

  second.once('dialog', (dialog) => void dialog.accept());
  await refused.getByRole('button', { name: 'Buang' }).click();
  await refused.waitFor({ state: 'detached' });
  await outboxBadge(second).waitFor({ state: 'detached' });
  await second.context().close();
});

test('a report the server refuses while the person is on the form shows the reason there and keeps what was typed', TIMEOUT, async () => {
  const page = await signedInAt(`/assignments/${ids.needsPhoto}`);
  await fillReport(page, '4', 'Kerja bakti membersihkan blok hunian.');
  await assignmentPage(page).send();
  await page.getByRole('alert').filter({ hasText: 'mewajibkan minimal 1 foto bukti' }).waitFor();
  await outboxBadge(page).waitFor({ state: 'detached' });
  assert.equal((await reportsOf(ids.needsPhoto)).length, 0);

  await page.reload();
  await assignmentPage(page).narrative.waitFor();
  assert.equal(await assignmentPage(page).narrative.inputValue(), 'Kerja bakti membersihkan blok hunian.');
  // The outbox is read from the device shortly after start: give it that moment before asserting it is empty.
  await page.waitForTimeout(1_000);
  assert.equal(await outboxBadge(page).count(), 0, 'the refused report is back on the form, not left in the outbox');
  await page.context().close();
});

test('a report refused after the tab was closed waits in the outbox and can be put back on its form', TIMEOUT, async () => {
  const first = await signedInAt(`/assignments/${ids.refusedLater}`);
  const context = first.context();
  await context.setOffline(true);
  await fillReport(first, '6', 'Dapur diperiksa bersama petugas kesehatan.');
  await assignmentPage(first).send();
  await first.getByText(QUEUED).waitFor();
  await first.close();

  await context.setOffline(false);
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/kotak-keluar`);
  const refused = outboxPage(page).item('Laporan: Pemeriksaan dapur');
  await refused.getByText(/^Ditolak: Arahan ini mewajibkan minimal 1 foto bukti/).waitFor({ timeout: 20_000 });
  await refused.getByText('Dapur diperiksa bersama petugas kesehatan.').waitFor();
  assert.equal(await refused.getByRole('button', { name: 'Kirim sekarang' }).count(), 0, 'a refusal is not retried as is');
  await outboxBadge(page).filter({ hasText: '1 belum terkirim' }).waitFor();

  await refused.getByRole('link', { name: 'Buka halaman' }).click();
  await page.getByRole('button', { name: 'Kembalikan isian ke formulir' }).click();
  await page.getByRole('alert').filter({ hasText: 'mewajibkan minimal 1 foto bukti' }).waitFor();
  assert.equal(await assignmentPage(page).narrative.inputValue(), 'Dapur diperiksa bersama petugas kesehatan.');
  assert.equal(await assignmentPage(page).metricInput('Kegiatan').inputValue(), '6');
  await outboxBadge(page).waitFor({ state: 'detached' });
  await context.close();
});

test('signing out with a report not sent asks first; the report stays for its author only', TIMEOUT, async () => {
  const page = await signedInAt(`/assignments/${ids.signOut}`);
  await page.context().setOffline(true);
  await fillReport(page, '1', 'Pemeriksaan kesehatan warga binaan lansia.');
  await assignmentPage(page).send();
  await page.getByText(QUEUED).waitFor();

  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  const warning = page.getByRole('dialog', { name: 'Masih ada laporan belum terkirim' });
  await warning.getByText(/Ada 1 laporan belum terkirim\. Jika keluar, laporan tetap tersimpan di perangkat ini/).waitFor();
  await screenshot(page, shot('outbox-sign-out-warning-360'));
  await assertAccessible(page, 'sign-out warning');
  assert.equal(await warning.getByRole('button', { name: 'Batal' }).evaluate((el) => el === document.activeElement), true, 'cancel is the default');
  await warning.getByRole('button', { name: 'Batal' }).click();
  await warning.waitFor({ state: 'detached' });
  assert.ok(!page.url().includes('/login'), 'still signed in');
  await outboxBadge(page).filter({ hasText: '1 belum terkirim' }).waitFor();
  assert.equal((await reportsOf(ids.signOut)).length, 0);

  // Signing out anyway keeps the report on the phone; another person signing in neither sees nor sends it.
  await signOut(page, { confirm: true });
  // Signing out waits for the signal; once it returns the report must still not leave.
  await page.context().setOffline(false);
  await signInPage(page).waitUntilShown();
  await signInPage(page).signIn('kanwil.banten');
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(1_000);
  assert.equal(await outboxBadge(page).count(), 0, 'another person does not see the report');
  assert.equal((await reportsOf(ids.signOut)).length, 0, 'nor sends it');
  await signOut(page, { confirm: false });
  await signInPage(page).waitUntilShown();

  await signInPage(page).signIn(OPERATOR);
  // The badge may come and go before the test looks, so wait on the database instead.
  const arrived = await eventually(() => reportsOf(ids.signOut), (reports) => reports.length > 0);
  assert.equal(arrived.length, 1, 'sent once its author signed in again');
  await outboxBadge(page).waitFor({ state: 'detached' });
  assert.equal(arrived[0]?.narrative, 'Pemeriksaan kesehatan warga binaan lansia.');
  await page.context().close();
});

async function signOut(page: Page, { confirm }: { confirm: boolean }): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  if (confirm) await page.getByRole('dialog').getByRole('button', { name: 'Tetap keluar' }).click();
}
