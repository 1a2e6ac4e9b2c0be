import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { pdfTextCandidates } from '../../test/pdf-text.js';
import { csvRows, xlsxRows } from '../../test/spreadsheets.js';
import { SEED_UPT } from '../../test/seed-data.js';
import {
  API,
  BANTEN,
  CIPINANG,
  DKI,
  FORMULA_SITE,
  LPP,
  PARTNER,
  seedCampaignDataset,
  type Dataset,
} from './campaigns.read.test-kit.js';

const BANTEN_UPTS = SEED_UPT.filter((u) => u.kanwil === 'BANTEN').map((u) => u.name);

let t: TestApp;
let data: Dataset;
let dirjen: Client;
let kanwil: Client;
let cipinang: Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-10T02:00:00Z') });
  data = await seedCampaignDataset(t);
  [dirjen, kanwil, cipinang] = await Promise.all([
    data.as('dirjen'),
    data.as('kanwil.banten'),
    data.as('operator.lapas.cipinang'),
  ]);
});
after(async () => t.close());

const exportOf = (by: Client, query: string) => by.get(`${API}/campaigns/${data.campaignId}/export?${query}`);

/** The data rows as objects keyed by the header. */
function records(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('campaign export', () => {
  test('per site, CSV, for HQ: every site with its figures; the formula-like name is neutralised', async () => {
    const res = await exportOf(dirjen, 'format=csv&per=site');
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="gerakan-lokasi-2025-09-10\.csv"$/);
    const rows = csvRows(res);
    assert.deepEqual(rows[0], [
      'Unit',
      'Kantor Wilayah',
      'Nama lokasi',
      'Jenis lahan',
      'Lintang',
      'Bujur',
      'Luas (ha)',
      'Rencana',
      'Bibit ditanam (batang)',
      'Luas tanam (ha)',
      'Status',
      'Jumlah mitra',
      'Mitra',
      'Foto',
      'Foto ditandai',
    ]);
    const sites = records(rows);
    assert.equal(sites.length, 6);
    const a = sites.find((s) => s['Nama lokasi'] === `'${FORMULA_SITE}`);
    assert.ok(a, 'the site name starts with an apostrophe');
    assert.deepEqual(
      [
        a.Unit,
        a['Kantor Wilayah'],
        a.Lintang,
        a.Bujur,
        a.Rencana,
        a['Bibit ditanam (batang)'],
        a.Status,
        a['Jumlah mitra'],
        a.Mitra,
        a.Foto,
        a['Foto ditandai'],
      ],
      [LPP, BANTEN, '-6.1752', '106.6198', '250', '200', 'Terverifikasi', '1', PARTNER.name, '2', '1'],
    );
    assert.ok(!res.body.includes(PARTNER.contactPhone), 'partner contacts stay out of the export');
    assert.deepEqual(new Set(sites.map((s) => s['Kantor Wilayah'])), new Set([BANTEN, DKI]));
  });

  test('per unit, XLSX, for the Kanwil: its units only, with allocation, realised and report times', async () => {
    const res = await exportOf(kanwil, 'format=xlsx&per=unit');
    assert.match(String(res.headers['content-disposition']), /filename="gerakan-unit-2025-09-10\.xlsx"/);
    const units = records(await xlsxRows(res));
    assert.deepEqual(units.map((u) => u.Unit).sort(), [...BANTEN_UPTS].sort());
    const lpp = units.find((u) => u.Unit === LPP);
    assert.deepEqual(
      lpp && [
        lpp.Target,
        lpp['Realisasi (batang)'],
        lpp['Bibit ditanam (batang)'],
        lpp['Luas tanam (ha)'],
        lpp.Status,
        lpp.Lokasi,
      ],
      ['400', '300', '300', '1.5', 'Terverifikasi', '2'],
    );
    assert.match(lpp?.Dilaporkan ?? '', /^2025-09-10 09\.00 WIB$/);
    assert.match(lpp?.Diverifikasi ?? '', /^2025-09-10 09\.00 WIB$/);
    const silent = units.find((u) => u.Unit === 'Lapas Kelas IIA Serang');
    assert.deepEqual(silent && [silent.Target, silent['Realisasi (batang)'], silent.Status, silent.Dilaporkan], [
      '',
      '0',
      'Belum dimulai',
      '',
    ]);
  });

  test('a UPT exports only itself, per site and per unit', async () => {
    const sites = records(csvRows(await exportOf(cipinang, 'format=csv&per=site')));
    assert.deepEqual(
      sites.map((s) => s['Nama lokasi']),
      ['Bantaran Cipinang'],
    );
    const units = records(csvRows(await exportOf(cipinang, 'format=csv&per=unit')));
    assert.deepEqual(
      units.map((u) => [u.Unit, u['Kantor Wilayah'], u['Realisasi (batang)'], u.Status]),
      [[CIPINANG, DKI, '200', 'Dilaporkan']],
    );
  });

  test('bad input is a 400 problem; an unknown campaign 404', async () => {
    problem(await exportOf(dirjen, 'format=pdf&per=site'), 400);
    problem(await exportOf(dirjen, 'format=csv'), 400);
    problem(
      await dirjen.get(`${API}/campaigns/01900000-0000-7000-8000-000000000000/export?format=csv&per=unit`),
      404,
      'campaigns.not_found',
    );
  });
});

describe('campaign summary PDF', () => {
  test('HQ: totals against the target, the Kanwil ranking and survival, on the letterhead', async () => {
    const res = await dirjen.get(`${API}/campaigns/${data.campaignId}/summary.pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.ok(res.rawPayload.toString('latin1').startsWith('%PDF-'));
    const text = pdfTextCandidates(res.rawPayload);
    const has = (words: string) => text.some((x) => x.includes(words));
    assert.ok(has('RINGKASAN GERAKAN SERENTAK'), 'the title');
    assert.ok(has('KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA'), 'the letterhead');
    assert.ok(has('1.800 batang'), 'the national target');
    assert.ok(has('620 batang (34,4%)'), 'realised against the target');
    assert.ok(has(`${BANTEN} 8 2 1 1.000 420 42%`), 'Banten in the ranking');
    assert.ok(has('+1 bulan 3 550 430 120 0 78,2%'), 'survival after one month');
  });

  test('the Kanwil gets its own figures; outside the campaign is 404', async () => {
    const text = pdfTextCandidates((await kanwil.get(`${API}/campaigns/${data.campaignId}/summary.pdf`)).rawPayload);
    assert.ok(
      text.some((x) => x.includes('1.000 batang')),
      'the Banten allocation as target',
    );
    assert.ok(!text.some((x) => x.includes('DKI')), 'nothing of DKI');
    problem(
      await (await data.as('humas.ditjenpas')).get(`${API}/campaigns/01900000-0000-7000-8000-000000000000/summary.pdf`),
      404,
    );
  });
});
