import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Certificate, CertificateList, InmateSummary } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { addInmate, addProgramme, API, auditOf, LAPAS_TANGERANG, LPP, NOW, unitByCode } from './outcomes.test-kit.js';

let t: TestApp;
let officer: Client;
let inmateId: string;
let ownProgramme: string;
let otherUnitProgramme: string;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  officer = await signedIn(t)('pembinaan.lpp.tangerang');
  const lpp = await unitByCode(t.database.db, LPP);
  inmateId = (await addInmate(t.database.db, lpp, 'Dewi Lestari')).id;
  ownProgramme = (await addProgramme(t.database.db, lpp, 'Eco-print', 'kemandirian', 'kerajinan')).id;
  otherUnitProgramme = (await addProgramme(t.database.db, await unitByCode(t.database.db, LAPAS_TANGERANG), 'Las', 'kemandirian', 'manufaktur')).id;
});
after(async () => t.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  title: 'Sertifikat Kompetensi Menjahit',
  skill: 'Menjahit',
  issuer: 'BLK Tangerang',
  certified: true,
  issuedOn: '2026-03-10',
  ...overrides,
});
const post = (b: unknown) => officer.post(`${API}/inmates/${inmateId}/certificates`, b);

describe('certificates', () => {
  test('recorded today in the unit (09.00 WIB), with its programme, listed and audited', async () => {
    const res = await post(body({ programmeId: ownProgramme }));
    assert.equal(res.statusCode, 201, res.body);
    const cert = res.json() as Certificate;
    assert.equal(cert.programmeName, 'Eco-print');
    assert.equal(cert.issuer, 'BLK Tangerang');
    const list = (await officer.get(`${API}/inmates/${inmateId}/certificates`)).json() as CertificateList;
    assert.deepEqual(list.items.map((c) => c.id), [cert.id]);
    assert.equal(list.abilities.record, true);
    const [event] = await auditOf(t, 'programmes.certificate_recorded', inmateId);
    assert.equal(event?.summary.certificateId, cert.id);
    assert.equal(JSON.stringify(event?.summary).includes('Dewi'), false, 'the audit summary has no name');
  });

  test('a participation letter (not certified) counts apart in the summary', async () => {
    assert.equal((await post(body({ title: 'Surat keterangan mengikuti pelatihan', certified: false, issuedOn: '2026-02-01' }))).statusCode, 201);
    const s = (await officer.get(`${API}/inmates/${inmateId}/summary`)).json() as InmateSummary;
    assert.equal(s.totals.certificates, 2);
    assert.equal(s.totals.certified, 1);
    assert.deepEqual(s.certificates.map((c) => c.issuedOn), ['2026-03-10', '2026-02-01'], 'newest first');
  });

  test('refused: a date after today in the unit, an implausible date, another unit’s programme', async () => {
    const future = problem(await post(body({ issuedOn: '2026-03-11' })), 422, 'outcomes.certificate_invalid');
    assert.equal(future.errors?.[0]?.path, 'body.issuedOn');
    assert.match(future.detail ?? '', /masa depan/);
    problem(await post(body({ issuedOn: '0001-01-01' })), 422, 'outcomes.certificate_invalid');
    const other = problem(await post(body({ programmeId: otherUnitProgramme })), 422, 'outcomes.certificate_invalid');
    assert.equal(other.errors?.[0]?.path, 'body.programmeId');
  });

  test('bad shapes are 400: no issuer, certified not a boolean, unknown field, bad date', async () => {
    problem(await post(body({ issuer: undefined })), 400);
    problem(await post(body({ issuer: ' ' })), 400);
    problem(await post(body({ certified: 'ya' })), 400);
    problem(await post(body({ colour: 'biru' })), 400);
    problem(await post(body({ issuedOn: '10-03-2026' })), 400);
    problem(await officer.post(`${API}/inmates/bukan-uuid/certificates`, body()), 400);
    problem(await officer.post(`${API}/inmates/01900000-0000-7000-8000-000000000000/certificates`, body()), 404, 'outcomes.inmate_not_found');
  });
});
