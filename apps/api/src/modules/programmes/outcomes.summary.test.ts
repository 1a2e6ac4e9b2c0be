import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { InmateSummary } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { pdfTextCandidates } from '../../test/pdf-text.js';
import { xlsxRows } from '../../test/spreadsheets.js';
import { addInmate, addProgramme, addSession, API, auditOf, enrol, LPP, mark, NOW, unitByCode } from './outcomes.test-kit.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let siti: Awaited<ReturnType<typeof addInmate>>;
let other: Awaited<ReturnType<typeof addInmate>>;

/**
 * Siti at LPP Tangerang: embroidery (active; sessions of 2, 2, 1.5 and 2.5 hours marked hadir, hadir, sakit,
 * alpa, and a cancelled 3-hour one marked hadir), religious study (ended; three 1.25-hour sessions hadir and one
 * izin) and Paket C on the waitlist. Another inmate attends every session, which must not count for Siti.
 */
before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  as = signedIn(t);
  const db = t.database.db;
  const lpp = await unitByCode(t.database.db, LPP);
  siti = await addInmate(db, lpp, 'Siti Aminah');
  other = await addInmate(db, lpp, 'Rina Marlina');
  const bordir = await addProgramme(db, lpp, 'Bordir dan sulam', 'kemandirian', 'manufaktur');
  const ngaji = await addProgramme(db, lpp, 'Pengajian', 'kepribadian', 'keagamaan');
  const paketC = await addProgramme(db, lpp, 'Paket C', 'kepribadian', 'intelektual');
  await enrol(db, bordir.id, lpp, siti.id, 'aktif', '2026-02-01');
  await enrol(db, ngaji.id, lpp, siti.id, 'selesai', '2026-01-05', '2026-02-28');
  await enrol(db, paketC.id, lpp, siti.id, 'daftar_tunggu', '2026-03-01');
  const bordirMarks = [
    [2, 'hadir'],
    [2, 'hadir'],
    [1.5, 'sakit'],
    [2.5, 'alpa'],
  ] as const;
  for (const [n, [hours, status]] of bordirMarks.entries()) {
    const session = await addSession(db, bordir.id, lpp, `2026-02-0${n + 3}`, hours);
    await mark(db, session, siti.id, status);
    await mark(db, session, other.id, 'hadir');
  }
  const cancelled = await addSession(db, bordir.id, lpp, '2026-02-09', 3, true);
  await mark(db, cancelled, siti.id, 'hadir');
  for (const [n, status] of (['hadir', 'hadir', 'izin', 'hadir'] as const).entries()) {
    const session = await addSession(db, ngaji.id, lpp, `2026-01-1${n}`, 1.25);
    await mark(db, session, siti.id, status);
    await mark(db, session, other.id, 'hadir');
  }
});
after(async () => t.close());

const summaryOf = async (username: string, query = '') => {
  const res = await (await as(username)).get(`${API}/inmates/${siti.id}/summary${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as InmateSummary;
};

describe('per-inmate summary', () => {
  test('hours come only from sessions marked hadir; the waitlist is not a programme taken', async () => {
    const s = await summaryOf('pembinaan.lpp.tangerang');
    assert.deepEqual(
      s.programmes.map((p) => [p.name, p.category, p.status, p.from, p.to, p.hours, p.sessionsAttended, p.sessionsAbsent]),
      [
        ['Pengajian', 'keagamaan', 'selesai', '2026-01-05', '2026-02-28', 3.75, 3, 1],
        ['Bordir dan sulam', 'manufaktur', 'aktif', '2026-02-01', null, 4, 2, 2],
      ],
    );
    assert.deepEqual(s.totals, { programmes: 2, hours: 7.75, sessionsAttended: 5, sessionsAbsent: 3, certificates: 0, certified: 0 });
    assert.equal(s.pseudonym, siti.pseudonym);
  });

  test('the name only with inmates:names and names=true, and that read is audited', async () => {
    const before = (await auditOf(t, 'inmates.names_read', siti.id)).length;
    const plain = await summaryOf('pembinaan.lpp.tangerang');
    assert.equal(plain.name, null);
    assert.equal(plain.registrationNumber, null);
    assert.equal(plain.abilities.readNames, true);
    assert.equal((await auditOf(t, 'inmates.names_read', siti.id)).length, before, 'no name, no audit');

    const named = await summaryOf('pembinaan.lpp.tangerang', '?names=true');
    assert.equal(named.name, 'Siti Aminah');
    assert.equal(named.registrationNumber, siti.registrationNumber);
    const reads = await auditOf(t, 'inmates.names_read', siti.id);
    assert.equal(reads.length, before + 1);
    assert.deepEqual(reads.at(-1)?.summary, { count: 1, view: 'summary', pseudonym: siti.pseudonym });
    assert.equal(reads.at(-1)?.actorName !== null, true);

    const operator = await summaryOf('operator.lpp.tangerang', '');
    assert.equal(operator.name, null, 'an operator has no inmates:names');
    assert.equal(operator.abilities.readNames, false);
    problem(await (await as('operator.lpp.tangerang')).get(`${API}/inmates/${siti.id}/summary?names=true`), 403);
    assert.equal((await auditOf(t, 'inmates.names_read', siti.id)).length, before + 1);
    problem(await (await as('operator.lpp.tangerang')).get(`${API}/inmates/${siti.id}/summary?names=ya`), 400);
  });

  test('the PDF: letterhead, programmes and hours; the name for inmates:names (audited), else the pseudonym', async () => {
    const before = (await auditOf(t, 'inmates.names_read', siti.id)).length;
    const res = await (await as('pembinaan.lpp.tangerang')).get(`${API}/inmates/${siti.id}/summary.pdf`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), new RegExp(`ringkasan-pembinaan-${siti.pseudonym}\\.pdf`));
    const text = pdfTextCandidates(res.rawPayload);
    const has = (words: string) => text.some((x) => x.includes(words));
    for (const words of [
      'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
      'LAPAS PEREMPUAN KELAS IIA TANGERANG',
      'RINGKASAN PEMBINAAN WARGA BINAAN',
      'Siti Aminah',
      'Bordir dan sulam',
      'Pengajian',
      '3,75',
      'Jumlah: 2 program, 7,75 jam hadir, 5 sesi hadir, 3 sesi tidak hadir.',
    ])
      assert.ok(has(words), `the PDF shows "${words}"`);
    assert.ok(!has('Paket C'), 'the waitlist is not shown as taken');
    const reads = await auditOf(t, 'inmates.names_read', siti.id);
    assert.equal(reads.length, before + 1);
    assert.equal(reads.at(-1)?.summary.view, 'summary.pdf');

    const plain = await (await as('operator.lpp.tangerang')).get(`${API}/inmates/${siti.id}/summary.pdf`);
    const plainText = pdfTextCandidates(plain.rawPayload);
    // pdfmake breaks text after a hyphen, so the extracted runs read "WB- TXXXXXX".
    const spaced = siti.pseudonym.replace('-', '- ?');
    assert.ok(plainText.some((x) => new RegExp(spaced).test(x)), 'the pseudonym stands in');
    assert.ok(!plainText.some((x) => x.includes('Siti Aminah')), 'no name without inmates:names');
    assert.equal((await auditOf(t, 'inmates.names_read', siti.id)).length, before + 1);
  });

  test('the workbook carries the pseudonym and the figures, never the name', async () => {
    const res = await (await as('pembinaan.lpp.tangerang')).get(`${API}/inmates/${siti.id}/summary.xlsx`);
    const rows = await xlsxRows(res);
    const flat = rows.map((r) => r.join('|'));
    assert.ok(flat.includes(`Pseudonim|${siti.pseudonym}`));
    assert.ok(flat.includes('Bordir dan sulam|Kemandirian|manufaktur|Aktif|2026-02-01||4|2|2'), flat.join('\n'));
    assert.ok(flat.includes('Jumlah||||||7.75|5|3'), flat.join('\n'));
    assert.ok(!flat.some((r) => r.includes('Siti Aminah')));
  });

  test('another inmate’s summary counts only their own marks', async () => {
    const res = await (await as('kalapas.lpp.tangerang')).get(`${API}/inmates/${other.id}/summary`);
    const s = res.json() as InmateSummary;
    assert.deepEqual(s.programmes, [], 'attended without enrolment: no programme listed');
    assert.equal(s.totals.hours, 0);
  });
});
