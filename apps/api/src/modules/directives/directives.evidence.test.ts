import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { geotaggedJpeg, pdfBytes, plainPng, uploadOk } from '../../test/files.js';
import { API, assignmentAt, assignmentsOf, issueDirective, problem, signedIn, unitByName } from './directives.test-kit.js';
import { evidenceShortfalls, type EvidenceRules } from './directives.evidence.js';

const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const RULES: EvidenceRules = { minPhotos: 1, minDocuments: 1, geotagRequired: true };

let t: TestApp;
let as: (username: string) => Promise<Client>;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-01T00:00:00Z') });
  as = signedIn(t);
});
after(async () => t.close());

/** A directive to Lapas Perempuan Tangerang alone, with the given evidence rules; returns its assignment id. */
async function assignmentWith(evidence: EvidenceRules): Promise<string> {
  const unit = await unitByName(t, UNIT);
  const directive = await issueDirective(await as('dirjen'), { target: { mode: 'list', unitIds: [unit.id] }, evidence });
  return assignmentAt(await assignmentsOf(await as('operator.lpp.tangerang'), `directiveId=${directive.id}`), UNIT).id;
}

function submitWith(by: Client, assignmentId: string, attachmentIds: string[]) {
  return by.post(`${API}/assignments/${assignmentId}/reports`, { values: { seedlings: 120 }, narrative: 'Penanaman selesai.', attachmentIds });
}

describe('evidence rules at submission', () => {
  test('missing photos, missing documents and photos without GPS are refused with their own codes', async () => {
    const operator = await as('operator.lpp.tangerang');
    const assignmentId = await assignmentWith(RULES);
    const png = await uploadOk(operator, 'tanpa-gps.png', await plainPng());
    const pdf = await uploadOk(operator, 'berita-acara.pdf', pdfBytes());

    const none = problem(await submitWith(operator, assignmentId, []), 422, 'directives.evidence_photos_missing');
    assert.equal(none.detail, 'Arahan ini mewajibkan minimal 1 foto bukti; terlampir 0.');
    assert.deepEqual(none.errors?.map((e) => e.code), ['directives.evidence_photos_missing', 'directives.evidence_documents_missing']);

    const noDocument = await uploadOk(operator, 'lokasi.jpg', await geotaggedJpeg());
    problem(await submitWith(operator, assignmentId, [noDocument.id]), 422, 'directives.evidence_documents_missing');

    const untagged = problem(await submitWith(operator, assignmentId, [png.id, pdf.id]), 422, 'directives.evidence_geotag_missing');
    assert.match(untagged.detail ?? '', /tanpa-gps\.png/);

    const reports = (await operator.get(`${API}/assignments/${assignmentId}/reports`)).json() as Report[];
    assert.equal(reports.length, 0, 'nothing refused was stored');
  });

  test('geotagged photo and a document: the report carries both, and the verifier sees their GPS and time', async () => {
    const operator = await as('operator.lpp.tangerang');
    const assignmentId = await assignmentWith(RULES);
    const photo = await uploadOk(operator, 'tanam.jpg', await geotaggedJpeg({ color: '#365314' }));
    const pdf = await uploadOk(operator, 'daftar-hadir.pdf', pdfBytes(10));
    const res = await submitWith(operator, assignmentId, [photo.id, pdf.id, photo.id]);
    assert.equal(res.statusCode, 201, res.body);
    const report = res.json() as Report;
    assert.deepEqual(report.attachments.map((a) => [a.id, a.kind]), [[photo.id, 'photo'], [pdf.id, 'document']]);

    const seen = (await (await as('kanwil.banten')).get(`${API}/assignments/${assignmentId}/reports`)).json() as Report[];
    const [first] = seen[0]?.attachments ?? [];
    assert.deepEqual(
      first && { hasGps: first.hasGps, takenAt: first.takenAt, name: first.name, lat: Math.round((first.lat ?? 0) * 1000) },
      { hasGps: true, takenAt: '2025-09-09T08:15:00+07:00', name: 'tanam.jpg', lat: -6175 },
    );
  });

  test("a file of another unit, or one not visible to the submitter, cannot be attached", async () => {
    const assignmentId = await assignmentWith({ minPhotos: 0, minDocuments: 0, geotagRequired: false });
    const foreign = await uploadOk(await as('operator.lapas.cipinang'), 'cipinang.pdf', pdfBytes(20));
    const byKanwil = await uploadOk(await as('kanwil.banten'), 'kanwil.pdf', pdfBytes(30));
    const operator = await as('operator.lpp.tangerang');
    const res = problem(await submitWith(operator, assignmentId, [foreign.id, byKanwil.id]), 422, 'directives.attachment_not_found');
    assert.deepEqual(res.errors?.map((e) => e.path), ['body.attachmentIds.0', 'body.attachmentIds.1']);
    problem(await submitWith(operator, assignmentId, Array.from({ length: 21 }, () => foreign.id)), 400, 'validation_failed');
  });

  test('a Kanwil reporting on a UPT’s behalf may attach what it uploaded itself', async () => {
    const assignmentId = await assignmentWith({ minPhotos: 0, minDocuments: 1, geotagRequired: false });
    const kanwil = await as('kanwil.banten');
    const pdf = await uploadOk(kanwil, 'atas-nama.pdf', pdfBytes(40));
    const res = await submitWith(kanwil, assignmentId, [pdf.id]);
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual((res.json() as Report).attachments.map((a) => a.id), [pdf.id]);
  });
});

describe('evidenceShortfalls', () => {
  const photo = (gps: boolean) => ({ kind: 'photo' as const, name: gps ? 'a.jpg' : 'b.png', exif: gps ? { lat: -6, lon: 106, takenAt: null, make: null, model: null, software: null } : null });
  const doc = { kind: 'document' as const, name: 'c.pdf', exif: null };
  const cases: [string, EvidenceRules, ReturnType<typeof photo | (() => typeof doc)>[], string[]][] = [
    ['no rules, nothing attached', { minPhotos: 0, minDocuments: 0, geotagRequired: false }, [], []],
    ['two photos asked, one given', { minPhotos: 2, minDocuments: 0, geotagRequired: false }, [photo(true)], ['directives.evidence_photos_missing']],
    ['geotag asked, untagged photo', { minPhotos: 1, minDocuments: 0, geotagRequired: true }, [photo(true), photo(false)], ['directives.evidence_geotag_missing']],
    ['geotag asked, no photo needed or given', { minPhotos: 0, minDocuments: 1, geotagRequired: true }, [doc], []],
    ['a document does not count as a photo', { minPhotos: 1, minDocuments: 0, geotagRequired: false }, [doc], ['directives.evidence_photos_missing']],
    ['untagged photos are fine when geotag is not asked', { minPhotos: 1, minDocuments: 1, geotagRequired: false }, [photo(false), doc], []],
  ];
  for (const [name, rules, attached, expected] of cases) {
    test(name, () => assert.deepEqual(evidenceShortfalls(rules, attached).map((i) => i.code), expected));
  }
});
