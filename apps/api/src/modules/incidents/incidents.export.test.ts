import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Client, TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { csvRows, xlsxRows } from '../../test/spreadsheets.js';
import {
  AGENCY,
  API,
  assertNoPrivateNames,
  BANTEN,
  CIPINANG,
  DKI,
  FORMULA_LOCATION,
  LAPAS_I,
  LPP,
  openIncidentSet,
  type IncidentSet,
} from './incidents.read.test-kit.js';

let t: TestApp;
let data: IncidentSet;
let dirjen: Client;
let kanwil: Client;
let cipinang: Client;

before(async () => {
  ({
    t,
    data,
    clients: [dirjen, kanwil, cipinang],
  } = await openIncidentSet('dirjen', 'kanwil.banten', 'operator.lapas.cipinang'));
});
after(async () => t.close());

/** The data rows as objects keyed by the header. */
function records(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('incident export', () => {
  test('CSV for HQ: one row per incident with figures, counts, alerts and agencies; no names', async () => {
    const res = await dirjen.get(`${API}/incidents/export.csv`);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="insiden-kamtib-2026-04-10\.csv"$/);
    const rows = csvRows(res);
    assert.deepEqual(rows[0], [
      'Nomor',
      'Unit',
      'Kantor Wilayah',
      'Kategori',
      'Serius',
      'Tingkat',
      'Status',
      'Waktu kejadian',
      'Lokasi',
      'Angka terakhir',
      'WBP terlibat',
      'Petugas terlibat',
      'Lainnya terlibat',
      'Luka',
      'Meninggal',
      'Peringatan diterima',
      'Instansi terlibat',
    ]);
    const all = records(rows);
    assert.equal(all.length, 5);
    const escape = all.find((r) => r.Kategori === 'Pelarian');
    assert.deepEqual(
      escape && [
        escape.Unit,
        escape['Kantor Wilayah'],
        escape.Serius,
        escape.Tingkat,
        escape.Status,
        escape['Waktu kejadian'],
      ],
      [LPP, BANTEN, 'Ya', 'Berat', 'Ditangani', '2026-03-05 08.00 WIB'],
    );
    assert.equal(escape?.['Angka terakhir'], 'Kabur: 12; Tertangkap kembali: 5; Masih buron: 7');
    assert.deepEqual(
      escape && [
        escape['WBP terlibat'],
        escape['Petugas terlibat'],
        escape.Luka,
        escape['Peringatan diterima'],
        escape['Instansi terlibat'],
      ],
      ['12', '3', '1', '1 dari 2', AGENCY],
    );
    const contraband = all.find((r) => r.Unit === LAPAS_I && r.Status === 'Pulih');
    assert.equal(contraband?.Lokasi, `'${FORMULA_LOCATION}`, 'the formula-like location is neutralised');
    assert.equal(all.find((r) => r.Unit === CIPINANG)?.['Kantor Wilayah'], DKI);
    assertNoPrivateNames([res.rawPayload.toString('utf8')]);
  });

  test("XLSX for Kanwil Banten: Banten's incidents only, filters applied, no formula, no names", async () => {
    const all = records(await xlsxRows(await kanwil.get(`${API}/incidents/export.xlsx`)));
    assert.deepEqual(all.map((r) => r.Unit).sort(), [LAPAS_I, LAPAS_I, LPP, LPP]);
    const open = await kanwil.get(`${API}/incidents/export.xlsx?status=open&serious=true`);
    const rows = await xlsxRows(open);
    assert.deepEqual(
      records(rows).map((r) => r.Kategori),
      ['Pelarian'],
    );
    assertNoPrivateNames(rows.flat());
    const march = records(csvRows(await kanwil.get(`${API}/incidents/export.csv?from=2026-03-01&to=2026-03-31`)));
    assert.deepEqual(march.map((r) => r.Unit).sort(), [LAPAS_I, LPP], 'the fight on 1 March WIB is in March');
  });

  test('a UPT exports only itself; unitId outside the scope is 404; bad filters 400', async () => {
    const own = records(csvRows(await cipinang.get(`${API}/incidents/export.csv`)));
    assert.deepEqual(
      own.map((r) => [r.Unit, r.Kategori, r.Status]),
      [[CIPINANG, 'Kerusuhan / perlawanan terhadap petugas', 'Terkendali']],
    );
    problem(await cipinang.get(`${API}/incidents/export.csv?unitId=${data.ids.lpp}`), 404, 'incidents.unit_not_found');
    problem(await dirjen.get(`${API}/incidents/export.xlsx?status=hilang`), 400);
    const banten = records(csvRows(await dirjen.get(`${API}/incidents/export.csv?unitId=${data.ids.banten}&limit=1`)));
    assert.equal(banten.length, 4, 'paging does not cut an export');
  });
});
