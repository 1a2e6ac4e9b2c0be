import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readSheet, UnreadableFileError, type SheetRow } from './org-units.file.js';
import { MAX_IMPORT_ROWS, planUnitImport } from './org-units.import.js';
import type { UnitRow } from './org-units.queries.js';

const HQ_PATH = '/kemenimipas/ditjenpas/';

function unit(over: Partial<UnitRow> & Pick<UnitRow, 'id' | 'kind' | 'code' | 'name' | 'path'>): UnitRow {
  return {
    type: null,
    variant: null,
    class: null,
    parentId: null,
    kanwilId: null,
    city: null,
    province: null,
    timezone: 'Asia/Jakarta',
    lat: null,
    lng: null,
    capacity: null,
    occupants: null,
    figuresAsOf: null,
    provenance: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    updatedAt: new Date('2025-01-01T00:00:00Z'),
    ...over,
  };
}

const banten = unit({
  id: 'k-banten',
  kind: 'kanwil',
  code: 'banten',
  name: 'Kanwil Banten',
  path: `${HQ_PATH}banten/`,
  province: 'Banten',
});
const bali = unit({
  id: 'k-bali',
  kind: 'kanwil',
  code: 'bali',
  name: 'Kanwil Bali',
  path: `${HQ_PATH}bali/`,
  province: 'Bali',
  timezone: 'Asia/Makassar',
});
const papua = unit({
  id: 'k-papua',
  kind: 'kanwil',
  code: 'papua',
  name: 'Kanwil Papua',
  path: `${HQ_PATH}papua/`,
  province: 'Papua; Papua Tengah; Papua Pegunungan',
  timezone: 'Asia/Jayapura',
});
const serang = unit({
  id: 'u-serang',
  kind: 'upt',
  code: 'lapas-kelas-iia-serang',
  name: 'Lapas Kelas IIA Serang',
  path: `${HQ_PATH}banten/lapas-kelas-iia-serang/`,
  type: 'LAPAS',
  variant: 'UMUM',
  class: 'IIA',
  parentId: banten.id,
  kanwilId: banten.id,
  city: 'Kota Serang',
  province: 'Banten',
  lat: -6.12,
  lng: 106.15,
  capacity: 300,
  occupants: 410,
  figuresAsOf: '2024-01',
  provenance: 'data publik',
});
const kerobokan = unit({
  id: 'u-kerobokan',
  kind: 'upt',
  code: 'lapas-kelas-iia-kerobokan',
  name: 'Lapas Kelas IIA Kerobokan',
  path: `${HQ_PATH}bali/lapas-kelas-iia-kerobokan/`,
  type: 'LAPAS',
  variant: 'UMUM',
  class: 'IIA',
  parentId: bali.id,
  kanwilId: bali.id,
  timezone: 'Asia/Makassar',
});
const EXISTING = [banten, bali, papua, serang, kerobokan];
const everywhere = () => true;

/** Rows as a file would give them: the header is line 1, data from line 2. */
function rows(...values: Record<string, string>[]): SheetRow[] {
  return values.map((v, i) => ({ row: i + 2, values: v }));
}
const base = { type: 'LAPAS', kanwil: 'BANTEN' };

describe('planUnitImport', () => {
  test('a new UPT gets its Kanwil as parent, path, province and time zone, and variant UMUM by default', () => {
    const plan = planUnitImport(
      rows({ ...base, name: 'Lapas Kelas III Pandeglang', class: 'iii', capacity: '120' }),
      EXISTING,
      everywhere,
    );
    assert.deepEqual(plan.summary, { create: 1, update: 0, unchanged: 0 });
    assert.deepEqual(plan.errors, []);
    const [op] = plan.ops;
    assert.ok(op?.action === 'create');
    assert.deepEqual(op.values, {
      code: 'lapas-kelas-iii-pandeglang',
      kind: 'upt',
      name: 'Lapas Kelas III Pandeglang',
      type: 'LAPAS',
      variant: 'UMUM',
      class: 'III',
      province: 'Banten',
      timezone: 'Asia/Jakarta',
      capacity: 120,
      parentId: banten.id,
      kanwilId: banten.id,
      path: `${HQ_PATH}banten/lapas-kelas-iii-pandeglang/`,
    });
  });

  test('new UPTs in WITA and WIT Kanwil take Asia/Makassar and Asia/Jayapura; a multi-province Kanwil sets no province', () => {
    const plan = planUnitImport(
      rows(
        { ...base, kanwil: 'bali', name: 'Lapas Kelas IIB Singaraja' },
        { ...base, kanwil: 'PAPUA', name: 'Lapas Kelas III Timika' },
      ),
      EXISTING,
      everywhere,
    );
    const created = plan.ops.map((o) => (o.action === 'create' ? [o.values.timezone, o.values.province] : null));
    assert.deepEqual(created, [
      ['Asia/Makassar', 'Bali'],
      ['Asia/Jayapura', undefined],
    ]);
  });

  test('an existing UPT is matched by code; only fields that differ become changes; a class change is flagged', () => {
    const plan = planUnitImport(
      rows({
        ...base,
        code: 'LAPAS-KELAS-IIA-SERANG',
        name: 'Lapas Kelas IIA Serang',
        class: 'I',
        capacity: '300',
        lat: '-6.120',
      }),
      EXISTING,
      everywhere,
    );
    assert.deepEqual(plan.summary, { create: 0, update: 1, unchanged: 0 });
    assert.deepEqual(plan.ops, [
      { action: 'update', row: 2, id: serang.id, values: { class: 'I' }, classChanged: true },
    ]);
    assert.deepEqual(plan.changes[0]?.changes, [{ field: 'class', from: 'IIA', to: 'I' }]);
  });

  test('blank cells leave stored values as they are (merge), so a row of the stored values is unchanged', () => {
    const plan = planUnitImport(
      rows({
        ...base,
        name: 'Lapas Kelas IIA Serang',
        variant: '',
        class: ' ',
        city: '',
        lat: '',
        lng: '',
        capacity: '',
        occupants: '',
        provenance: '',
      }),
      EXISTING,
      everywhere,
    );
    assert.deepEqual(plan.summary, { create: 0, update: 0, unchanged: 1 });
    assert.deepEqual(plan.ops, []);
  });

  test('a row naming another Kanwil moves the unit: parent, kanwil and path change together', () => {
    const plan = planUnitImport(
      rows({ ...base, kanwil: 'BALI', name: 'Lapas Kelas IIA Serang' }),
      EXISTING,
      everywhere,
    );
    assert.deepEqual(plan.ops[0], {
      action: 'update',
      row: 2,
      id: serang.id,
      classChanged: false,
      values: { parentId: bali.id, kanwilId: bali.id, path: `${HQ_PATH}bali/lapas-kelas-iia-serang/` },
    });
  });

  test('every bad row is reported with its row number and field, and nothing is planned for it', () => {
    const plan = planUnitImport(
      rows(
        { ...base, name: 'Lapas Kelas III Lebak' },
        { ...base, kanwil: 'ATLANTIS', name: 'Lapas Kelas III Atlantis' },
        { ...base, name: 'Lapas Kelas III Kutub', lat: '91' },
        { ...base, name: 'Lapas Kelas III Rangkas', capacity: 'banyak' },
        { ...base, name: 'Lapas Kelas III Lebak' },
        { ...base, name: '' },
        { ...base, name: 'Lapas Kelas III Pecahan', occupants: '12.5', type: 'PENJARA' },
        { ...base, name: '%%%' },
        { ...base, name: 'Direktorat Baru', code: 'banten' },
      ),
      EXISTING,
      everywhere,
    );
    assert.deepEqual(
      plan.errors.map((e) => [e.row, e.field]),
      [
        [3, 'kanwil'],
        [4, 'lat'],
        [5, 'capacity'],
        [6, 'code'],
        [7, 'name'],
        [8, 'type'],
        [8, 'occupants'],
        [9, 'code'],
        [10, 'code'],
      ],
    );
    assert.match(plan.errors.find((e) => e.row === 6)?.message ?? '', /baris 2/);
    assert.deepEqual(
      plan.ops.map((o) => o.row),
      [2],
    );
  });

  test("a Kanwil outside the importer's scope is refused, as is a unit that another Kanwil holds", () => {
    const onlyBali = (k: UnitRow) => k.path.startsWith(bali.path);
    const plan = planUnitImport(
      rows(
        { ...base, name: 'Lapas Kelas III Lebak' },
        { ...base, kanwil: 'BALI', name: 'Lapas Kelas IIA Serang' },
        { ...base, kanwil: 'BALI', name: 'Lapas Kelas IIA Kerobokan', class: 'I' },
      ),
      EXISTING,
      onlyBali,
    );
    assert.deepEqual(
      plan.errors.map((e) => [e.row, e.field]),
      [
        [2, 'kanwil'],
        [3, 'code'],
      ],
    );
    assert.deepEqual(
      plan.ops.map((o) => o.row),
      [4],
    );
  });

  test(`more than ${MAX_IMPORT_ROWS} rows are refused as a whole`, () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({
      row: i + 2,
      values: { ...base, name: `Lapas Nomor ${i}` },
    }));
    const plan = planUnitImport(many, EXISTING, everywhere);
    assert.deepEqual(
      plan.errors.map((e) => e.row),
      [0],
    );
    assert.deepEqual(plan.ops, []);
  });
});

describe('readSheet', () => {
  test('CSV: headers are normalised; row numbers are file lines, past blank lines; rows of empty cells are skipped', async () => {
    const csv =
      '\uFEFFName,Type, Kanwil ,Figures As Of\n"Lapas A, Timur",LAPAS,BANTEN,2024\n\n,,,\nLapas B,RUTAN,DKI\n';
    assert.deepEqual(await readSheet(Buffer.from(csv)), [
      { row: 2, values: { name: 'Lapas A, Timur', type: 'LAPAS', kanwil: 'BANTEN', figures_as_of: '2024' } },
      { row: 5, values: { name: 'Lapas B', type: 'RUTAN', kanwil: 'DKI', figures_as_of: '' } },
    ]);
  });

  test('XLSX: the first sheet is read, numbers as text, empty rows skipped with sheet row numbers kept', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Unit');
    sheet.addRow(['name', 'kanwil', 'capacity', 'lat']);
    sheet.addRow(['Lapas A', 'BANTEN', 250, -6.1783]);
    sheet.getRow(4).values = ['Lapas B', 'DKI'];
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    assert.deepEqual(await readSheet(bytes), [
      { row: 2, values: { name: 'Lapas A', kanwil: 'BANTEN', capacity: '250', lat: '-6.1783' } },
      { row: 4, values: { name: 'Lapas B', kanwil: 'DKI', capacity: '', lat: '' } },
    ]);
  });

  test('an unclosed CSV quote or a broken XLSX is an UnreadableFileError', async () => {
    await assert.rejects(readSheet(Buffer.from('name,type\n"Lapas A,LAPAS\n')), UnreadableFileError);
    await assert.rejects(readSheet(Buffer.from('PK\x03\x04 not really a workbook')), UnreadableFileError);
  });
});
