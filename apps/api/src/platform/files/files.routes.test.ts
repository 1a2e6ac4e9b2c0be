import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Problem, StoredFile } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { geotaggedJpeg, multipart, pdfBytes, plainPng, TANGERANG_GPS, upload, uploadOk } from '../../test/files.js';
import { files } from './files.table.js';

const API = '/api/v1';
const LIMIT = 256 * 1024;

let t: TestApp;
let as: (username: string) => Promise<Client>;

before(async () => {
  t = await buildTestApp({ config: { uploadLimitBytes: LIMIT } });
  as = signedIn(t);
});
after(async () => t.close());

function problem(res: { statusCode: number; headers: Record<string, unknown>; body: string; json(): unknown }, status: number, code: string): Problem {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as Problem;
  assert.equal(body.code, code, res.body);
  return body;
}

describe('uploading evidence files', () => {
  test('a geotagged JPEG comes back byte for byte, with its GPS, capture time and device read from EXIF', async () => {
    const operator = await as('operator.lpp.tangerang');
    const jpeg = await geotaggedJpeg();
    const file = await uploadOk(operator, 'IMG_0912.jpg', jpeg);
    assert.deepEqual(
      { kind: file.kind, mime: file.mime, name: file.name, size: file.size, hasGps: file.hasGps, takenAt: file.takenAt, thumbnail: file.thumbnail },
      { kind: 'photo', mime: 'image/jpeg', name: 'IMG_0912.jpg', size: jpeg.length, hasGps: true, takenAt: '2025-09-09T08:15:00+07:00', thumbnail: true },
    );
    assert.ok(Math.abs((file.lat ?? 0) - TANGERANG_GPS.lat) < 1e-4, `lat ${file.lat}`);
    assert.ok(Math.abs((file.lon ?? 0) - TANGERANG_GPS.lon) < 1e-4, `lon ${file.lon}`);
    const [row] = await t.database.db.select().from(files).where(eq(files.id, file.id));
    assert.deepEqual({ make: row?.exif?.make, model: row?.exif?.model, software: row?.exif?.software }, { make: 'Samsung', model: 'SM-A155F', software: 'A155FXXU1' });

    const original = await operator.get(`${API}/files/${file.id}`);
    assert.equal(original.statusCode, 200);
    assert.ok(original.rawPayload.equals(jpeg), 'the original bytes');
    assert.equal(original.headers['content-type'], 'image/jpeg');
    assert.equal(original.headers['x-content-type-options'], 'nosniff');
    assert.match(String(original.headers['content-disposition']), /^attachment; filename="IMG_0912\.jpg"/);
  });

  test('the thumbnail is a WebP of at most 320 px without any EXIF', async () => {
    const operator = await as('operator.lpp.tangerang');
    const file = await uploadOk(operator, 'kebun.jpg', await geotaggedJpeg({ color: '#7c2d12', width: 1200 }));
    const res = await operator.get(`${API}/files/${file.id}/thumbnail`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'image/webp');
    const meta = await sharp(res.rawPayload).metadata();
    assert.equal(meta.format, 'webp');
    assert.ok((meta.width ?? 0) <= 320 && (meta.height ?? 0) <= 320, `${meta.width}×${meta.height}`);
    assert.equal(meta.width, 320);
    assert.equal(meta.exif, undefined, 'no EXIF (and so no GPS) in the preview');
  });

  test('the same bytes uploaded again by the same unit are the same file, not a second row', async () => {
    const operator = await as('operator.lpp.tangerang');
    const png = await plainPng('#0f766e');
    const first = await uploadOk(operator, 'a.png', png);
    const again = await uploadOk(operator, 'b.png', png);
    assert.equal(again.id, first.id);
    const rows = await t.database.db.select({ id: files.id }).from(files).where(eq(files.id, first.id));
    assert.equal(rows.length, 1);
    const elsewhere = await uploadOk(await as('operator.lapas.cipinang'), 'a.png', png);
    assert.notEqual(elsewhere.id, first.id, 'another unit gets its own record of the same bytes');
  });

  test('a PNG without EXIF is a photo without GPS; a PDF is a document without a thumbnail', async () => {
    const operator = await as('operator.lpp.tangerang');
    const png = await uploadOk(operator, 'denah.png', await plainPng());
    assert.deepEqual([png.kind, png.mime, png.hasGps, png.lat, png.lon, png.takenAt, png.thumbnail], ['photo', 'image/png', false, null, null, null, true]);
    const pdf = await uploadOk(operator, 'berita-acara.pdf', pdfBytes(100));
    assert.deepEqual([pdf.kind, pdf.mime, pdf.hasGps, pdf.thumbnail], ['document', 'application/pdf', false, false]);
    problem(await operator.get(`${API}/files/${pdf.id}/thumbnail`), 404, 'files.thumbnail_not_found');
  });

  test('the type comes from the bytes: text named .jpg is refused, a broken JPEG too', async () => {
    const operator = await as('operator.lpp.tangerang');
    const disguised = problem(await upload(operator, 'foto.jpg', Buffer.from('#!/bin/sh\necho not a photo\n'), 'image/jpeg'), 415, 'files.unsupported_type');
    assert.match(disguised.detail ?? '', /bukan JPEG, PNG, WebP, PDF, DOCX atau XLSX/);
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    problem(await upload(operator, 'laporan.pdf', html, 'application/pdf'), 415, 'files.unsupported_type');
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    problem(await upload(operator, 'rusak.jpg', broken), 422, 'files.unreadable_image');
    problem(await upload(operator, 'kosong.pdf', Buffer.alloc(0)), 422, 'files.empty');
  });

  test('a name with folders, traversal and control characters is reduced to a safe name with the real extension', async () => {
    const operator = await as('operator.lpp.tangerang');
    const png = await plainPng('#a16207');
    const file = await uploadOk(operator, '../../etc/\u0007pass..wd.jpg', png);
    assert.equal(file.name, 'pass.wd.png');
    const res = await operator.get(`${API}/files/${file.id}`);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="pass\.wd\.png"/);
  });

  test('a file over the upload limit is refused with 413', async () => {
    const operator = await as('operator.lpp.tangerang');
    const body = problem(await upload(operator, 'besar.pdf', pdfBytes(LIMIT + 10)), 413, 'files.too_large');
    assert.match(body.detail ?? '', /melebihi batas/);
  });

  test('a request without the "file" part, or not multipart, is refused', async () => {
    const operator = await as('operator.lpp.tangerang');
    const { payload, headers } = multipart('a.pdf', pdfBytes(), { field: 'attachment' });
    problem(await operator.post(`${API}/files`, payload, { headers }), 400, 'files.missing');
    const json = await operator.post(`${API}/files`, { file: 'x' });
    assert.equal(json.statusCode, 415, json.body);
  });
});

describe('who may read a file', () => {
  let photo: StoredFile;
  before(async () => {
    photo = await uploadOk(await as('operator.lpp.tangerang'), 'bukti.jpg', await geotaggedJpeg({ color: '#be123c' }));
  });

  test("another UPT's user gets 404 on the file and its thumbnail", async () => {
    const cipinang = await as('operator.lapas.cipinang');
    problem(await cipinang.get(`${API}/files/${photo.id}`), 404, 'files.not_found');
    problem(await cipinang.get(`${API}/files/${photo.id}/thumbnail`), 404, 'files.not_found');
  });

  test('the unit, its Kanwil and HQ (even read-only) see it', async () => {
    for (const username of ['operator.lpp.tangerang', 'kanwil.banten', 'dirjen', 'humas.ditjenpas']) {
      const client = await as(username);
      assert.equal((await client.get(`${API}/files/${photo.id}`)).statusCode, 200, username);
      assert.equal((await client.get(`${API}/files/${photo.id}/thumbnail`)).statusCode, 200, username);
    }
  });

  test('a read-only role may not upload', async () => {
    problem(await upload(await as('humas.ditjenpas'), 'x.png', await plainPng()), 403, 'forbidden');
  });
});
