import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Client, TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { pdfTextCandidates } from '../../test/pdf-text.js';
import {
  AGENCY,
  API,
  assertNoPrivateNames,
  LPP,
  openIncidentSet,
  type IncidentSet,
} from './incidents.read.test-kit.js';

let t: TestApp;
let data: IncidentSet;
let kanwil: Client;

before(async () => {
  ({
    t,
    data,
    clients: [kanwil],
  } = await openIncidentSet('kanwil.banten'));
});
after(async () => t.close());

const reportOf = (by: Client, id: string) => by.get(`${API}/incidents/${id}/report.pdf`);

describe('incident report PDF', () => {
  test('the escape: details, figures, SOP, coordination, alerts, timeline and review; no names', async () => {
    const res = await reportOf(kanwil, data.escape);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /filename="laporan-insiden-KAMTIB-2026-000001\.pdf"/);
    const text = pdfTextCandidates(res.rawPayload);
    const has = (words: string) => text.some((x) => x.includes(words));
    for (const words of [
      'LAPORAN INSIDEN KEAMANAN DAN KETERTIBAN',
      'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
      'KAMTIB-2026-000001',
      LPP,
      'Pelarian (insiden tertentu)',
      'Berat',
      'Ditangani',
      '2026-03-05 08.00 WIB',
      'Kabur: 12; Tertangkap kembali: 5; Masih buron: 7',
      '12 warga binaan, 3 petugas',
      'Pintu utama ditutup',
      'Kepala Kesatuan Pengamanan Lapas Perempuan Tangerang',
      `Polres: ${AGENCY}`,
      '45 menit',
      '7 menit',
      'belum diterima',
      'Lima orang tertangkap di Cikokol',
      'Orang yang terlibat dicatat',
      'Teralis kamar mandi blok C berkarat',
      'Ganti seluruh teralis blok C',
    ])
      assert.ok(has(words), `the report shows "${words}"`);
    assertNoPrivateNames(text, [data.reporterName]);
  });

  test('out of scope is 404: a Jakarta UPT cannot read a Banten incident; an unknown id is 404, a bad one 400', async () => {
    const cipinang = await data.as('operator.lapas.cipinang');
    problem(await reportOf(cipinang, data.escape), 404, 'incidents.not_found');
    assert.equal((await reportOf(cipinang, data.riot)).statusCode, 200);
    problem(await reportOf(kanwil, data.riot), 404, 'incidents.not_found');
    problem(await reportOf(kanwil, '01900000-0000-7000-8000-000000000000'), 404);
    problem(await reportOf(kanwil, 'bukan-uuid'), 400);
  });
});
