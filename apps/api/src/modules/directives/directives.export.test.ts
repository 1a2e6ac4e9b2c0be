import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Directive } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, assignmentAt, assignmentsOf, decide, issueDirective, kanwilId, problem, SEED_UPT, signedIn, submitOk } from './directives.test-kit.js';
import { neutralise } from './directives.export-format.js';
import { pdfTextCandidates } from '../../test/pdf-text.js';
import { csvRows, xlsxRows } from '../../test/spreadsheets.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const LAPAS_I = 'Lapas Kelas I Tangerang';
const PEMUDA = 'Lapas Pemuda Kelas IIA Tangerang';
const BANTEN_UPTS = SEED_UPT.filter((u) => u.kanwil === 'BANTEN').map((u) => u.name);
const BANTEN_KANWIL = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
let cipinang: Client;
let banten: Directive;

async function narrate(by: Client, assignmentId: string, narrative: string, values: Record<string, unknown>) {
  const res = await by.post(`${API}/assignments/${assignmentId}/reports`, { values, narrative });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string };
}

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-15T00:00:00Z') });
  const as = signedIn(t);
  [dirjen, kanwil, operator, cipinang] = await Promise.all([as('dirjen'), as('kanwil.banten'), as('operator.lpp.tangerang'), as('operator.lapas.cipinang')]);
  banten = await issueDirective(dirjen, {
    title: 'Ekspor: penanaman kelapa di Banten',
    target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] },
    metrics: [
      { key: 'seedlings', name: 'Bibit ditanam', type: 'integer', rollup: 'sum' },
      { key: 'variety', name: 'Varietas', type: 'choice', choices: ['=1+1', 'genjah'], rollup: 'count' },
    ],
  });
  const page = await assignmentsOf(dirjen, `directiveId=${banten.id}`);
  const lpp = await narrate(operator, assignmentAt(page, LPP).id, '=HYPERLINK("http://contoh.invalid","klik")', { seedlings: 300, variety: '=1+1' });
  assert.equal((await decide(kanwil, lpp.id, 'verified')).statusCode, 200);
  await narrate(kanwil, assignmentAt(page, LAPAS_I).id, '+62 812 3456, "bibit" ditanam\nbaris kedua', { seedlings: 120, variety: 'genjah' });
  await submitOk(kanwil, assignmentAt(page, PEMUDA).id, { seedlings: 5, variety: 'genjah' });
  await issueDirective(dirjen, { title: 'Ekspor: arahan untuk semua UPT' });
});
after(async () => t.close());

/** The follow-up list as XLSX rows, under the file name a person recognises. */
function followUpXlsx(res: LightMyRequestResponse): Promise<string[][]> {
  assert.match(String(res.headers['content-disposition']), /^attachment; filename="penugasan-2025-09-15\.xlsx"$/);
  return xlsxRows(res);
}

const column = (rows: string[][], name: string) => {
  const i = rows[0]?.indexOf(name) ?? -1;
  assert.ok(i >= 0, `column ${name}`);
  return rows.slice(1).map((r) => r[i] ?? '');
};
/** A document information entry (pdfkit writes each as an indirect string object). */
function pdfInfo(pdf: string, key: string): string | undefined {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf)?.[1];
  return ref ? new RegExp(`\\n${ref} 0 obj\\n\\((.*)\\)\\nendobj`).exec(pdf)?.[1] : undefined;
}

const rowOf = (rows: string[][], unit: string) => rows.find((r) => r[2] === unit && r[3] === 'Tindak lanjut');

describe('assignment export', () => {
  test('XLSX for HQ: every assignment of the directive, formulas neutralised', async () => {
    const rows = await followUpXlsx(await dirjen.get(`${API}/assignments/export?format=xlsx&directiveId=${banten.id}`));
    assert.deepEqual(rows[0], ['No', 'Arahan', 'Unit', 'Peran', 'Status', 'Tenggat (waktu setempat)', 'Zona', 'Terlambat', 'Dilaporkan', 'Nilai', 'Narasi laporan terakhir']);
    assert.deepEqual(column(rows, 'Unit').sort(), [...BANTEN_UPTS, BANTEN_KANWIL].sort());
    const lpp = rowOf(rows, LPP);
    assert.deepEqual(lpp?.slice(4, 11), [
      'Terverifikasi',
      '2025-09-09 10.00 WIB',
      'WIB',
      'Tidak',
      '2025-09-15 07.00 WIB',
      'Bibit ditanam: 300; Varietas: =1+1',
      `'=HYPERLINK("http://contoh.invalid","klik")`,
    ]);
    assert.equal(rowOf(rows, LAPAS_I)?.[10], `'+62 812 3456, "bibit" ditanam\nbaris kedua`);
  });

  test('CSV for the Kanwil: its subtree only, quoted and neutralised', async () => {
    const rows = csvRows(await kanwil.get(`${API}/assignments/export?format=csv&role=follow_up`));
    const units = new Set(column(rows, 'Unit'));
    assert.deepEqual([...units].sort(), [...BANTEN_UPTS].sort());
    assert.equal(rows.length - 1, 2 * BANTEN_UPTS.length, 'two directives, follow-ups only');
    assert.equal(rowOf(rows, LAPAS_I)?.[10], `'+62 812 3456, "bibit" ditanam\nbaris kedua`);
    assert.equal(rowOf(rows, LPP)?.[10], `'=HYPERLINK("http://contoh.invalid","klik")`);
  });

  test('honours the list filters: status and overdue', async () => {
    const verified = csvRows(await kanwil.get(`${API}/assignments/export?format=csv&status=terverifikasi`));
    assert.deepEqual(column(verified, 'Unit'), [LPP]);
    const overdue = csvRows(await dirjen.get(`${API}/assignments/export?format=csv&overdue=true&directiveId=${banten.id}`));
    assert.equal(overdue.length - 1, BANTEN_UPTS.length - 3);
    assert.ok(column(overdue, 'Terlambat').every((v) => v === 'Ya'));
  });

  test('a UPT exports only its own rows; another Kanwil\'s UPT gets none of Banten\'s', async () => {
    const mine = await followUpXlsx(await operator.get(`${API}/assignments/export?directiveId=${banten.id}`));
    assert.deepEqual(column(mine, 'Unit'), [LPP]);
    const none = csvRows(await cipinang.get(`${API}/assignments/export?format=csv&directiveId=${banten.id}`));
    assert.equal(none.length, 1, 'the header only');
  });

  test('bad input is a 400 problem', async () => {
    problem(await dirjen.get(`${API}/assignments/export?format=pdf`), 400);
    problem(await dirjen.get(`${API}/assignments/export?limit=5`), 400);
  });

  test('neutralise: = + - @ tab and carriage return get an apostrophe; other text is unchanged', () => {
    const cases: [string, string][] = [['=1+1', "'=1+1"], ['+62', "'+62"], ['-5', "'-5"], ['@SUM(A1)', "'@SUM(A1)"], ['\t=1', "'\t=1"], ['\r=1', "'\r=1"], ['Bibit 300', 'Bibit 300'], ['', '']];
    for (const [input, expected] of cases) assert.equal(neutralise(input), expected, JSON.stringify(input));
  });
});

describe('directive report PDF', () => {
  test('HQ gets a PDF titled "Laporan Tindak Lanjut Arahan"', async () => {
    const res = await dirjen.get(`${API}/directives/${banten.id}/report.pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const pdf = res.rawPayload.toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'));
    assert.equal(pdfInfo(pdf, 'Title'), 'Laporan Tindak Lanjut Arahan');
    assert.equal(pdfInfo(pdf, 'Subject'), 'Ekspor: penanaman kelapa di Banten');
    assert.match(pdf, /%%EOF\s*$/);
    const text = pdfTextCandidates(res.rawPayload);
    const has = (words: string) => text.some((t) => t.includes(words));
    assert.ok(has('LAPORAN TINDAK LANJUT ARAHAN'), 'the title');
    assert.ok(has('KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA'), 'the letterhead');
    assert.ok(has('Rekapitulasi per Kantor Wilayah'), 'rolled up by Kanwil at HQ');
    assert.ok(has(`${BANTEN_KANWIL} 8 3 37,5% 1 12,5% 5`), 'Banten: 8 units, 3 reported, 1 verified, 5 late');
    assert.ok(has('Jumlah 8 3 37,5% 1 12,5% 5'), 'the total line');
  });

  test('a Kanwil gets its own; a unit outside the directive gets 404; a bad id 400', async () => {
    const res = await kanwil.get(`${API}/directives/${banten.id}/report.pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(pdfInfo(res.rawPayload.toString('latin1'), 'Author'), 'Kabid Pelayanan dan Pembinaan Kanwil Banten');
    const text = pdfTextCandidates(res.rawPayload);
    assert.ok(text.some((t) => t.includes('Rekapitulasi per unit')), 'rolled up by unit below HQ');
    assert.ok(text.some((t) => t.includes(`${LPP} 1 1 100% 1 100% 0`)), 'LPP: reported and verified');
    assert.ok(!text.some((t) => t.includes('Cipinang')), 'no unit outside Banten');
    problem(await cipinang.get(`${API}/directives/${banten.id}/report.pdf`), 404, 'directives.not_found');
    problem(await dirjen.get(`${API}/directives/bukan-uuid/report.pdf`), 400);
  });
});
