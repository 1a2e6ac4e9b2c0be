import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startJourney } from './support/journey';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { signInPage } from './pages/sign-in-page';
import { inmatesPage } from './pages/inmates-page';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const HEADER = 'registration_number,name,sex,birth_year,category,status,entry_date,exit_date';

const journey = startJourney();

async function signedInPhone(username: string): Promise<Page> {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/pembinaan/warga-binaan`);
  await signInPage(page).signIn(username);
  return page;
}

test('a programme officer registers an inmate from a phone; the draft survives a reload and the name stays hidden', TIMEOUT, async () => {
  const page = await signedInPhone('pembinaan.lpp.tangerang');
  const register = inmatesPage(page);
  await register.waitUntilLoaded();
  await register.addButton.click();
  await register.fillForm({ registrationNumber: 'E2E.01/2025', name: 'Sri Lestari', sex: 'Perempuan', birthYear: '1992', category: 'Narapidana' });
  await page.reload();
  await register.waitUntilLoaded();
  await register.addButton.click();
  assert.equal(await register.form.getByLabel('No. registrasi').inputValue(), 'E2E.01/2025', 'the draft came back');
  assert.equal(await register.nameField.inputValue(), '', 'the name is not kept in the browser');
  await register.fillForm({ name: 'Sri Lestari', entryDate: '2025-02-03' });
  await assertNoSidewaysScroll(page, 'the inmate form');
  await assertAccessible(page, 'the inmate form');
  await register.save();
  await page.getByText(/didaftarkan dengan nama samaran WB-/).waitFor();
  await register.search('E2E.01/2025');
  const row = register.row('E2E.01/2025');
  await row.waitFor();
  assert.match((await row.getAttribute('data-pseudonym')) ?? '', /^WB-[A-Z0-9]{6}$/);
  assert.equal(await page.getByText('Sri Lestari').count(), 0, 'no name without the toggle');

  await register.namesToggle.check();
  await register.namesRecorded.waitFor();
  await row.filter({ hasText: 'Sri Lestari' }).waitFor();
  await assertNoSidewaysScroll(page, 'the register with names');
  await assertAccessible(page, 'the register with names');
  await page.context().close();
});

test('an import with a bad row is previewed row by row and cannot be applied; a clean file is applied', TIMEOUT, async () => {
  const page = await signedInPhone('pembinaan.lpp.tangerang');
  const register = inmatesPage(page);
  await register.waitUntilLoaded();
  await register.chooseImportFile('register.csv', [HEADER, 'E2E.IMP/1,Ayu,P,1990,narapidana,aktif,2025-01-01,', 'E2E.IMP/2,Bunga,X,1990,narapidana,aktif,2025-01-01,'].join('\n'));
  await register.preview();
  await register.importErrorRow(3).filter({ hasText: 'L atau P' }).waitFor();
  assert.equal(await register.applyButton.isDisabled(), true, 'apply waits for a clean file');
  await assertNoSidewaysScroll(page, 'an import preview with errors');
  await assertAccessible(page, 'an import preview with errors');

  await register.chooseImportFile('register.csv', [HEADER, 'E2E.IMP/1,Ayu,P,1990,narapidana,aktif,2025-01-01,'].join('\n'));
  await register.preview();
  await register.applyButton.click();
  await register.importPanel.getByText('Berkas diterapkan.').waitFor();
  await register.search('E2E.IMP/1');
  await register.row('E2E.IMP/1').waitFor();
  await page.context().close();
});

test('a viewer at HQ reads the register with pseudonyms only: no toggle, no form, no import', TIMEOUT, async () => {
  const page = await signedInPhone('humas.ditjenpas');
  const register = inmatesPage(page);
  await register.waitUntilLoaded();
  assert.equal(await register.namesToggle.count(), 0);
  assert.equal(await register.addButton.count(), 0);
  assert.equal(await register.importPanel.count(), 0);
  await assertAccessible(page, 'the register as a viewer');
  await page.context().close();
});
