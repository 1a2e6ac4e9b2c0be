import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { InmateImportResult, InmateList } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { IMPORT_HEADER, INMATES, LPP_TANGERANG, NOW, auditEvents, registerInmate, unitIdByCode, uploadRegister } from './inmates.test-kit.js';

let t: TestApp;
let officer: Client;
let lppId: string;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  const as = signedIn(t);
  officer = await as('pembinaan.lpp.tangerang');
  lppId = await unitIdByCode(await as('admin'), LPP_TANGERANG);
});
after(async () => t.close());

/** The unit's register as registration number → fields (names included), for before/after comparisons. */
async function register(): Promise<Record<string, string>> {
  const list = (await officer.get(`${INMATES}?unitId=${lppId}&names=true&limit=500`)).json() as InmateList;
  return Object.fromEntries(list.items.map((i) => [i.registrationNumber, [i.name, i.sex, i.birthYear, i.category, i.status, i.entryDate, i.exitDate].join('|')]));
}

const csv = (...lines: string[]) => [IMPORT_HEADER, ...lines].join('\n');

describe('POST /inmates/import', () => {
  test('preview lists creates, updates and unchanged rows and writes nothing; apply writes them; a re-run changes nothing', async () => {
    await registerInmate(officer, { registrationNumber: 'IMP/EXIST', name: 'Lama Sekali', birthYear: 1980, entryDate: '2024-05-01' });
    await registerInmate(officer, { registrationNumber: 'IMP/SAME', name: 'Tetap Sama', sex: 'P', birthYear: 1991, category: 'tahanan', entryDate: '2025-02-02' });
    const file = csv(
      'IMP/NEW1,Ani Baru,P,1995,narapidana,aktif,2025-06-01,',
      'IMP/EXIST,Lama Sekali Diganti,P,1980,narapidana,bebas,2024-05-01,2026-02-01',
      'IMP/SAME,Tetap Sama,P,1991,tahanan,aktif,2025-02-02,',
    );
    const before = await register();
    const preview = await uploadRegister(officer, 'preview', file);
    assert.equal(preview.statusCode, 200, preview.body);
    const plan = preview.json() as InmateImportResult;
    assert.equal(plan.applied, false);
    assert.deepEqual(plan.summary, { create: 1, update: 1, unchanged: 1 });
    assert.deepEqual(plan.errors, []);
    const update = plan.changes.find((c) => c.registrationNumber === 'IMP/EXIST');
    assert.equal(update?.row, 3);
    assert.deepEqual(update?.changes.map((c) => c.field).sort(), ['exitDate', 'name', 'status']);
    assert.ok(!preview.body.includes('Lama Sekali'), 'stored names are not echoed in the preview');
    assert.deepEqual(await register(), before);

    const applied = await uploadRegister(officer, 'apply', file);
    assert.equal(applied.statusCode, 200, applied.body);
    assert.equal((applied.json() as InmateImportResult).applied, true);
    const after = await register();
    assert.equal(after['IMP/NEW1'], 'Ani Baru|P|1995|narapidana|aktif|2025-06-01|');
    assert.equal(after['IMP/EXIST'], 'Lama Sekali Diganti|P|1980|narapidana|bebas|2024-05-01|2026-02-01');
    const events = await auditEvents(t, 'inmates.imported');
    assert.equal(events.length, 1);
    assert.equal(events[0]?.unitId, lppId);
    assert.deepEqual({ ...events[0]?.summary }, { create: 1, update: 1, unchanged: 1, rows: 3 });
    assert.ok(!JSON.stringify(events[0]).includes('Ani Baru'));

    const again = (await uploadRegister(officer, 'apply', file)).json() as InmateImportResult;
    assert.deepEqual(again.summary, { create: 0, update: 0, unchanged: 3 });
    assert.deepEqual(await register(), after);
    assert.equal((await auditEvents(t, 'inmates.imported')).length, 1, 'a re-run is not audited as a change');
  });

  test('every bad row is named with its row number and an Indonesian message; apply refuses the whole file', async () => {
    const file = csv(
      'IMP/OK1,Budi Baik,L,1990,narapidana,aktif,2025-01-01,',
      'IMP/BAD1,Cici,X,1990,narapidana,aktif,2025-01-01,',
      'IMP/BAD2,Dodi,L,1850,narapidana,aktif,2025-01-01,',
      'IMP/BAD3,Eka,L,1990,narapidana,bebas,2025-01-01,',
      'IMP/BAD4,Fajar,L,1990,narapidana,aktif,2030-01-01,',
      'IMP/OK1,Budi Lagi,L,1990,narapidana,aktif,2025-01-01,',
      ',Gita,P,1990,anak,aktif,2025-13-01,',
    );
    const before = await register();
    const preview = (await uploadRegister(officer, 'preview', file)).json() as InmateImportResult;
    const byRow = (row: number) => preview.errors.filter((e) => e.row === row);
    assert.equal(byRow(3)[0]?.field, 'sex');
    assert.match(byRow(3)[0]?.message ?? '', /L atau P/);
    assert.equal(byRow(4)[0]?.field, 'birth_year');
    assert.equal(byRow(5)[0]?.field, 'exit_date');
    assert.match(byRow(5)[0]?.message ?? '', /tanggal keluar wajib/);
    assert.equal(byRow(6)[0]?.field, 'entry_date');
    assert.match(byRow(7)[0]?.message ?? '', /baris 2/);
    assert.deepEqual(byRow(8).map((e) => e.field).sort(), ['entry_date', 'registration_number']);
    assert.equal(preview.summary.create, 1, 'the good row is still previewed');

    const eventsBefore = (await auditEvents(t, 'inmates.imported')).length;
    const applied = await uploadRegister(officer, 'apply', file);
    assert.equal(applied.statusCode, 422);
    const problem = applied.json() as { code: string; errors: { path: string; message: string }[] };
    assert.equal(problem.code, 'inmates.import_invalid');
    assert.ok(problem.errors.some((e) => e.path === 'baris 3 · sex'));
    assert.deepEqual(await register(), before, 'nothing applied, not even the good row');
    assert.equal((await auditEvents(t, 'inmates.imported')).length, eventsBefore);
  });

  test('one bad row among good ones leaves the register unchanged', async () => {
    const before = await register();
    const res = await uploadRegister(
      officer,
      'apply',
      csv('IMP/G1,Hana,P,1990,narapidana,aktif,2025-01-01,', 'IMP/G2,Indah,P,1990,narapidana,aktif,2025-01-01,', 'IMP/G3,Joko,L,tahun,narapidana,aktif,2025-01-01,'),
    );
    assert.equal(res.statusCode, 422);
    assert.deepEqual(await register(), before);
  });

  test('reads XLSX the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(IMPORT_HEADER.split(','));
    sheet.addRow(['IMP/XLSX1', 'Kartika Sari', 'P', '1993', 'tahanan', 'aktif', '2025-07-07', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await uploadRegister(officer, 'apply', bytes, '', 'register.xlsx');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await register())['IMP/XLSX1'], 'Kartika Sari|P|1993|tahanan|aktif|2025-07-07|');
  });

  test('a file without the required columns, an empty file and a missing file are 4xx with a message', async () => {
    const noColumns = await uploadRegister(officer, 'preview', 'nomor,nama\nA,B');
    assert.equal(noColumns.statusCode, 200);
    assert.match((noColumns.json() as InmateImportResult).errors[0]?.message ?? '', /kolom wajib tidak ada/);
    const empty = await uploadRegister(officer, 'preview', IMPORT_HEADER);
    assert.equal(empty.statusCode, 400);
    assert.match(empty.json().detail, /tidak berisi baris/);
    const none = await officer.post(`${INMATES}/import?mode=preview`, new FormData());
    assert.ok([400, 406, 415].includes(none.statusCode), none.body);
  });

  test('a Kanwil or HQ importer names a UPT in scope; the Kanwil itself is refused', async () => {
    const dirjen = await signedIn(t)('dirjen');
    const file = csv('IMP/HQ1,Lina,P,1990,narapidana,aktif,2025-01-01,');
    assert.equal((await uploadRegister(dirjen, 'preview', file)).statusCode, 422);
    const res = await uploadRegister(dirjen, 'preview', file, `&unitId=${lppId}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as InmateImportResult).unitId, lppId);
  });
});
