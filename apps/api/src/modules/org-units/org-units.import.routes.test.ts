import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { AuditEvent, Unit, UnitDetail, UnitImportResult } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';

// After any seed date (class history sorts by date); 20:00 UTC is already the next day in Jakarta.
const NOW = new Date('2030-06-15T20:00:00Z');
const TODAY_WIB = '2030-06-16';
const BANTEN_KANWIL = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
const SEED_UPT = readFileSync(fileURLToPath(new URL('../../../seed/upt.csv', import.meta.url)), 'utf8');

function form(content: string | Uint8Array, filename: string): FormData {
  const body = new FormData();
  body.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), filename);
  return body;
}

function upload(client: Client, mode: string, content: string | Uint8Array, filename = 'unit.csv') {
  return client.post(`/api/v1/units/import?mode=${mode}`, form(content, filename));
}

describe('POST /units/import', () => {
  let t: TestApp;
  let admin: Client;

  before(async () => {
    t = await buildTestApp({ clock: () => NOW });
    admin = await t.as('admin');
  });
  after(async () => t.close());

  async function unitCount(): Promise<number> {
    return ((await admin.get('/api/v1/units?limit=1')).json() as { total: number }).total;
  }
  async function findUnit(code: string): Promise<UnitDetail | null> {
    const page = (await admin.get(`/api/v1/units?kind=upt&q=${encodeURIComponent(code)}`)).json() as { items: Unit[] };
    const found = page.items.find((u) => u.code === code);
    return found ? ((await admin.get(`/api/v1/units/${found.id}`)).json() as UnitDetail) : null;
  }
  async function importEvents(): Promise<{ items: AuditEvent[]; total: number }> {
    return (await admin.get('/api/v1/audit-events?action=units.imported')).json() as {
      items: AuditEvent[];
      total: number;
    };
  }
  function actions(result: UnitImportResult) {
    return result.changes.map((c) => [c.row, c.action, c.code]);
  }

  test('preview shows a new UPT and a class change and writes nothing; apply writes them, with class history and audit; re-applying changes nothing', async () => {
    const csv = [
      'code,name,type,variant,class,city,kanwil,lat,lng,capacity,occupants',
      ',Lapas Kelas III Pandeglang,LAPAS,UMUM,III,Kab. Pandeglang,BANTEN,-6.31,106.1,120,',
      'lapas-kelas-iia-serang,Lapas Kelas IIA Serang,LAPAS,,I,,banten,,,,',
    ].join('\n');
    const before = await unitCount();
    const eventsBefore = (await importEvents()).total;

    const preview = await upload(admin, 'preview', csv);
    assert.equal(preview.statusCode, 200, preview.body);
    const planned = preview.json() as UnitImportResult;
    assert.equal(planned.applied, false);
    assert.deepEqual(planned.summary, { create: 1, update: 1, unchanged: 0 });
    assert.deepEqual(actions(planned), [
      [2, 'create', 'lapas-kelas-iii-pandeglang'],
      [3, 'update', 'lapas-kelas-iia-serang'],
    ]);
    assert.deepEqual(planned.changes[1]?.changes, [{ field: 'class', from: 'IIA', to: 'I' }]);
    assert.deepEqual(planned.errors, []);
    assert.equal(await unitCount(), before);
    assert.equal(await findUnit('lapas-kelas-iii-pandeglang'), null);
    assert.equal((await findUnit('lapas-kelas-iia-serang'))?.class, 'IIA');

    const applied = await upload(admin, 'apply', csv);
    assert.equal(applied.statusCode, 200, applied.body);
    const result = applied.json() as UnitImportResult;
    assert.equal(result.applied, true);
    assert.equal(result.checksum, planned.checksum);
    assert.deepEqual(result.summary, planned.summary);
    assert.equal(await unitCount(), before + 1);

    const created = await findUnit('lapas-kelas-iii-pandeglang');
    assert.ok(created);
    assert.equal(created.parentName, BANTEN_KANWIL);
    assert.deepEqual(
      [
        created.kind,
        created.type,
        created.class,
        created.province,
        created.timezone,
        created.lat,
        created.capacity,
        created.occupants,
      ],
      ['upt', 'LAPAS', 'III', 'Banten', 'Asia/Jakarta', -6.31, 120, null],
    );
    assert.deepEqual(created.classHistory, [{ class: 'III', effectiveFrom: TODAY_WIB, note: null }]);
    const serang = await findUnit('lapas-kelas-iia-serang');
    assert.ok(serang);
    assert.equal(serang.class, 'I');
    assert.deepEqual(
      serang.classHistory.map((h) => h.class),
      ['IIA', 'I'],
    );
    assert.deepEqual(serang.classHistory.at(-1), { class: 'I', effectiveFrom: TODAY_WIB, note: 'impor berkas' });

    const events = await importEvents();
    assert.equal(events.total, eventsBefore + 1);
    const [event] = events.items;
    assert.equal(event?.subjectId, result.checksum);
    assert.equal(event.actorName, 'Admin Sistem Ditjenpas');
    assert.deepEqual(event.summary, {
      create: 1,
      update: 1,
      unchanged: 0,
      codes: ['lapas-kelas-iii-pandeglang', 'lapas-kelas-iia-serang'],
    });

    const again = await upload(admin, 'apply', csv);
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual((again.json() as UnitImportResult).summary, { create: 0, update: 0, unchanged: 2 });
    assert.equal(await unitCount(), before + 1);
    assert.equal((await importEvents()).total, eventsBefore + 1);
    assert.equal((await findUnit('lapas-kelas-iia-serang'))?.classHistory.length, 2);
  });

  test('an XLSX file is previewed and applied like a CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('UPT');
    sheet.addRow(['Code', 'Name', 'Type', 'Class', 'Kanwil', 'Lat', 'Lng', 'Capacity']);
    sheet.addRow(['', 'Rutan Kelas IIB Rangkasbitung', 'RUTAN', 'IIB', 'BANTEN', -6.36, 106.25, 180]);
    sheet.addRow(['lapas-kelas-iia-cilegon', 'Lapas Kelas IIA Cilegon', 'LAPAS', 'I', 'BANTEN', '', '', '']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await unitCount();

    const preview = (await upload(admin, 'preview', xlsx, 'unit.xlsx')).json() as UnitImportResult;
    assert.deepEqual(actions(preview), [
      [2, 'create', 'rutan-kelas-iib-rangkasbitung'],
      [3, 'update', 'lapas-kelas-iia-cilegon'],
    ]);
    assert.equal(await unitCount(), before);

    const applied = await upload(admin, 'apply', xlsx, 'unit.xlsx');
    assert.equal(applied.statusCode, 200, applied.body);
    assert.deepEqual((applied.json() as UnitImportResult).summary, { create: 1, update: 1, unchanged: 0 });
    const rutan = await findUnit('rutan-kelas-iib-rangkasbitung');
    assert.deepEqual(
      [rutan?.type, rutan?.class, rutan?.lat, rutan?.lng, rutan?.capacity],
      ['RUTAN', 'IIB', -6.36, 106.25, 180],
    );
    assert.equal((await findUnit('lapas-kelas-iia-cilegon'))?.class, 'I');
    const again = (await upload(admin, 'apply', xlsx, 'unit.xlsx')).json() as UnitImportResult;
    assert.deepEqual(again.summary, { create: 0, update: 0, unchanged: 2 });
  });

  test('bad rows: preview lists every error by row and field; apply is refused with 422 and applies nothing', async () => {
    const csv = [
      'code,name,type,class,kanwil,lat,capacity',
      ',Lapas Kelas III Lebak,LAPAS,III,BANTEN,,',
      'lapas-terbuka-kelas-iib-ciangir,Lapas Terbuka Kelas IIB Ciangir,LAPAS,IIA,BANTEN,,',
      ',Lapas Kelas III Atlantis,LAPAS,,ATLANTIS,,',
      ',Lapas Kelas III Kutub,LAPAS,,BANTEN,91,',
      ',Lapas Kelas III Malingping,LAPAS,,BANTEN,,seratus',
      'lapas-kelas-iii-lebak,Lapas Lebak Dua,LAPAS,,BANTEN,,',
      'lapas-tanpa-nama,,LAPAS,,BANTEN,,',
    ].join('\n');
    const before = await unitCount();
    const eventsBefore = (await importEvents()).total;

    const preview = await upload(admin, 'preview', csv);
    assert.equal(preview.statusCode, 200);
    const planned = preview.json() as UnitImportResult;
    assert.deepEqual(
      planned.errors.map((e) => [e.row, e.field]),
      [
        [4, 'kanwil'],
        [5, 'lat'],
        [6, 'capacity'],
        [7, 'code'],
        [8, 'name'],
      ],
    );
    assert.ok(planned.errors.every((e) => e.message.length > 0));
    assert.deepEqual(actions(planned), [
      [2, 'create', 'lapas-kelas-iii-lebak'],
      [3, 'update', 'lapas-terbuka-kelas-iib-ciangir'],
    ]);

    const applied = await upload(admin, 'apply', csv);
    assert.equal(applied.statusCode, 422);
    assert.match(String(applied.headers['content-type']), /^application\/problem\+json/);
    const problem = applied.json() as { code: string; errors: { path: string }[] };
    assert.equal(problem.code, 'units.import_invalid');
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['baris 4 · kanwil', 'baris 5 · lat', 'baris 6 · capacity', 'baris 7 · code', 'baris 8 · name'],
    );

    assert.equal(await unitCount(), before);
    assert.equal(await findUnit('lapas-kelas-iii-lebak'), null);
    assert.equal((await findUnit('lapas-terbuka-kelas-iib-ciangir'))?.class, 'IIB');
    assert.equal((await importEvents()).total, eventsBefore);
  });

  test('blank cells leave the stored values as they are (merge)', async () => {
    const stored = await findUnit('lapas-perempuan-kelas-iia-tangerang');
    assert.ok(stored);
    const csv = [
      'code,name,type,variant,class,city,province,kanwil,lat,lng,capacity,occupants,figures_as_of,provenance',
      `lapas-perempuan-kelas-iia-tangerang,${stored.name},LAPAS,,,,,BANTEN,,,260,,,`,
    ].join('\n');
    const result = (await upload(admin, 'apply', csv)).json() as UnitImportResult;
    assert.deepEqual(result.changes[0]?.changes, [{ field: 'capacity', from: '250', to: '260' }]);
    const after = await findUnit('lapas-perempuan-kelas-iia-tangerang');
    assert.deepEqual(after, { ...stored, capacity: 260, occupancyPercent: 90.4 });
  });

  test('the shipped UPT list re-imported over the seeded units changes nothing', async () => {
    const [header, ...lines] = SEED_UPT.trim().split('\n');
    const untouched = lines.filter((l) => !l.includes(',BANTEN,'));
    const result = await upload(admin, 'preview', [header, ...untouched].join('\n'));
    assert.equal(result.statusCode, 200);
    assert.deepEqual((result.json() as UnitImportResult).summary, {
      create: 0,
      update: 0,
      unchanged: untouched.length,
    });
  });

  test('an unreadable or empty upload is a 400 problem', async () => {
    const cases: [string, FormData][] = [
      ['unclosed quote', form('name,type,kanwil\n"Lapas A,LAPAS,BANTEN\n', 'unit.csv')],
      ['broken xlsx', form(new Uint8Array(Buffer.from('PK\x03\x04 not a workbook')), 'unit.xlsx')],
      ['header only', form('name,type,kanwil\n', 'unit.csv')],
    ];
    const noFile = new FormData();
    noFile.append('note', 'tanpa berkas');
    cases.push(['no file part', noFile]);
    for (const [label, body] of cases) {
      const res = await admin.post('/api/v1/units/import?mode=preview', body);
      assert.equal(res.statusCode, 400, label);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/, label);
      assert.equal((res.json() as { code: string }).code, 'units.file_unreadable', label);
    }
    const badMode = await upload(admin, 'dry-run', 'name,type,kanwil\nLapas A,LAPAS,BANTEN\n');
    assert.equal(badMode.statusCode, 400);
    assert.deepEqual(
      (badMode.json() as { errors: { path: string }[] }).errors.map((e) => e.path),
      ['querystring.mode'],
    );
  });

  test('only admins may import: other roles get 403, anonymous 401, and nothing is written', async () => {
    const csv = 'name,type,kanwil\nLapas Kelas III Cikeusik,LAPAS,BANTEN\n';
    const before = await unitCount();
    for (const username of [
      'dirjen',
      'kanwil.banten',
      'kakanwil.banten',
      'operator.lpp.tangerang',
      'operator.lapas.cipinang',
      'humas.ditjenpas',
    ]) {
      const client = await t.as(username);
      for (const mode of ['preview', 'apply']) {
        const res = await upload(client, mode, csv);
        assert.equal(res.statusCode, 403, `${username} ${mode}`);
        assert.equal((res.json() as { code: string }).code, 'forbidden');
      }
    }
    const anonymous = await upload(t.anonymous, 'apply', csv);
    assert.equal(anonymous.statusCode, 401);
    assert.match(String(anonymous.headers['content-type']), /^application\/problem\+json/);
    assert.equal(await unitCount(), before);
  });
});
