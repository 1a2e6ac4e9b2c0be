import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startJourney } from './support/journey';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { signInPage } from './pages/sign-in-page';
import { communityPage, outcomeInmatePage } from './pages/outcome-pages';
import {
  addInmate,
  addProgramme,
  addSession,
  enrol,
  LPP,
  mark,
  unitByCode,
} from '../../api/src/modules/programmes/outcomes.test-kit.js';

const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
let inmateId = '';
let pseudonym = '';

/** A day `days` before today in WIB, as the date inputs take it. */
function daysAgo(days: number): string {
  const wib = new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000);
  return wib.toISOString().slice(0, 10);
}

/** Siti at LPP Tangerang: two embroidery sessions of 2 hours, one attended and one missed (sick). */
const journey = startJourney(async ({ server }) => {
  const db = server.database.db;
  const lpp = await unitByCode(db, LPP);
  const siti = await addInmate(db, lpp, 'Siti Aminah Journey');
  inmateId = siti.id;
  pseudonym = siti.pseudonym;
  const bordir = await addProgramme(db, lpp, 'Bordir dan sulam', 'kemandirian', 'manufaktur');
  await enrol(db, bordir.id, lpp, siti.id, 'aktif', daysAgo(30));
  await mark(db, await addSession(db, bordir.id, lpp, daysAgo(14), 2), siti.id, 'hadir');
  await mark(db, await addSession(db, bordir.id, lpp, daysAgo(7), 2), siti.id, 'sakit');
});

async function signedInPhone(username: string, path: string): Promise<Page> {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}${path}`);
  await signInPage(page).signIn(username);
  return page;
}

test('a programme officer reads an inmate summary on a phone, shows the name and records a certificate', TIMEOUT, async () => {
  const page = await signedInPhone('pembinaan.lpp.tangerang', `/pembinaan/warga-binaan/${inmateId}`);
  const summary = outcomeInmatePage(page);
  await summary.heading.waitFor();
  assert.equal(await summary.valueOf('Pseudonim').textContent(), pseudonym);
  assert.equal(await summary.identity.getByText('Siti Aminah Journey').count(), 0, 'no name until asked');
  assert.equal(await summary.valueOf('Jam hadir').textContent(), '2');
  assert.match(String(await summary.pdfLink.getAttribute('href')), new RegExp(`/api/v1/inmates/${inmateId}/summary\\.pdf$`));
  await assertNoSidewaysScroll(page, 'an inmate summary');
  await assertAccessible(page, 'an inmate summary');

  await summary.fillCertificate({ title: 'Sertifikat Kompetensi Menjahit', skill: 'Menjahit', issuer: 'BLK Tangerang', issuedOn: daysAgo(1), certified: true });
  await page.reload();
  await summary.heading.waitFor();
  assert.equal(await summary.titleField.inputValue(), 'Sertifikat Kompetensi Menjahit', 'the draft survives a reload');
  await summary.form.getByLabel('Tanggal terbit').fill(daysAgo(-2));
  await summary.submitCertificate();
  await summary.form.getByText('Tanggal terbit tidak boleh di masa depan.').waitFor();
  await summary.form.getByLabel('Tanggal terbit').fill(daysAgo(1));
  await summary.submitCertificate();
  await summary.saved.waitFor();
  await summary.certificates.getByRole('cell', { name: /Sertifikat Kompetensi Menjahit/ }).waitFor();

  await summary.showName.click();
  await summary.identity.getByText('Siti Aminah Journey').waitFor();
  await assertNoSidewaysScroll(page, 'an inmate summary with its name');
  await page.context().close();
});

test('the same officer records a social work activity and the totals count it', TIMEOUT, async () => {
  const page = await signedInPhone('pembinaan.lpp.tangerang', '/pembinaan/masyarakat');
  const community = communityPage(page);
  await community.heading.waitFor();
  await community.form.waitFor();
  await community.fill({
    date: daysAgo(0),
    kind: 'Kerja sosial',
    title: 'Kerja bakti di Pasar Anyar',
    partner: 'Kelurahan Sukasari',
    peopleReached: '300',
    inmatesInvolved: '10',
    hours: '2,5',
  });
  await community.submit();
  await community.saved.waitFor();
  await community.list.getByRole('cell', { name: /Kerja bakti di Pasar Anyar/ }).waitFor();
  assert.equal(await community.tileValue('Orang terjangkau').textContent(), '300');
  assert.equal(await community.tileValue('Jam warga binaan').textContent(), '25');
  await assertNoSidewaysScroll(page, 'the community impact page');
  await assertAccessible(page, 'the community impact page');
  await page.context().close();
});
