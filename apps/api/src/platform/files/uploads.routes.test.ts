import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Problem, StoredFile, UploadSession } from '@selaras/contracts';
import { buildApp } from '../../app.js';
import { buildTestApp, removeTempDataDir, signedIn, signIn, testConfig, type Client, type TestApp } from '../../test/app.js';
import { createTestDb } from '../../test/db.js';
import { geotaggedJpeg, pdfBytes, TANGERANG_GPS, uploadOk } from '../../test/files.js';
import { files } from './files.table.js';
import { uploadSessions } from './uploads.table.js';

const API = '/api/v1';
const LIMIT = 2 * 1_048_576;

let t: TestApp;
let as: (username: string) => Promise<Client>;
let now = new Date('2025-09-09T01:00:00Z');

before(async () => {
  t = await buildTestApp({ config: { uploadLimitBytes: LIMIT }, clock: () => now });
  as = signedIn(t);
});
after(async () => t.close());

function problem(res: { statusCode: number; headers: Record<string, unknown>; body: string; json(): unknown }, status: number, code: string): Problem & { offset?: number } {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as Problem & { offset?: number };
  assert.equal(body.code, code, res.body);
  return body;
}

async function openUpload(by: Client, name: string, size: number): Promise<UploadSession> {
  const res = await by.post(`${API}/uploads`, { name, size, type: 'image/jpeg' });
  assert.equal(res.statusCode, 201, res.body);
  const session = res.json() as UploadSession;
  assert.deepEqual({ offset: session.offset, size: session.size }, { offset: 0, size });
  assert.ok(session.chunkSize > 0 && session.chunkSize <= 1_048_576);
  return session;
}

function sendChunk(by: Client, id: string, offset: number, chunk: Buffer) {
  return by.patch(`${API}/uploads/${id}`, chunk, { headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) } });
}

async function sendChunkOk(by: Client, id: string, offset: number, chunk: Buffer): Promise<number> {
  const res = await sendChunk(by, id, offset, chunk);
  assert.equal(res.statusCode, 204, res.body);
  return Number(res.headers['upload-offset']);
}

function thirds(bytes: Buffer): Buffer[] {
  const a = Math.floor(bytes.length / 3);
  return [bytes.subarray(0, a), bytes.subarray(a, 2 * a), bytes.subarray(2 * a)];
}

describe('resumable uploads', () => {
  test('a photo sent in three chunks is the same stored file as the same photo sent in one multipart upload', async () => {
    const operator = await as('operator.lpp.tangerang');
    const jpeg = await geotaggedJpeg({ color: '#14532d', width: 1400 });
    const session = await openUpload(operator, 'IMG_2001.jpg', jpeg.length);
    let offset = 0;
    for (const chunk of thirds(jpeg)) offset = await sendChunkOk(operator, session.id, offset, chunk);
    assert.equal(offset, jpeg.length);
    const done = await operator.post(`${API}/uploads/${session.id}/complete`);
    assert.equal(done.statusCode, 201, done.body);
    const stored = done.json() as StoredFile;
    assert.deepEqual([stored.kind, stored.mime, stored.name, stored.size, stored.hasGps, stored.takenAt], ['photo', 'image/jpeg', 'IMG_2001.jpg', jpeg.length, true, '2025-09-09T08:15:00+07:00']);
    assert.ok(Math.abs((stored.lat ?? 0) - TANGERANG_GPS.lat) < 1e-4);

    const multipart = await uploadOk(operator, 'IMG_2001.jpg', jpeg);
    assert.equal(multipart.id, stored.id, 'same bytes, same file');
    const [row] = await t.database.db.select().from(files).where(eq(files.id, stored.id));
    assert.equal(row?.size, jpeg.length);
    const original = await operator.get(`${API}/files/${stored.id}`);
    assert.ok(original.rawPayload.equals(jpeg), 'the bytes came through unchanged');
  });

  test('a chunk at the wrong offset is refused with 409 and the offset to resume from; asking the offset and continuing completes the file', async () => {
    const operator = await as('operator.lpp.tangerang');
    const jpeg = await geotaggedJpeg({ color: '#7c2d12', width: 1200 });
    const [first, second, third] = thirds(jpeg) as [Buffer, Buffer, Buffer];
    const session = await openUpload(operator, 'kebun.jpg', jpeg.length);
    await sendChunkOk(operator, session.id, 0, first);

    const skipped = await sendChunk(operator, session.id, first.length + second.length, third);
    const body = problem(skipped, 409, 'uploads.wrong_offset');
    assert.equal(body.offset, first.length);
    assert.equal(skipped.headers['upload-offset'], String(first.length));
    problem(await sendChunk(operator, session.id, 0, first), 409, 'uploads.wrong_offset');

    // The client lost the answer to its second chunk: it asks where the server stands and goes on from there.
    await sendChunkOk(operator, session.id, first.length, second);
    const head = await operator.request({ method: 'HEAD', url: `${API}/uploads/${session.id}` });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['upload-offset'], String(first.length + second.length));
    const status = await operator.get(`${API}/uploads/${session.id}`);
    assert.equal((status.json() as UploadSession).offset, first.length + second.length);
    await sendChunkOk(operator, session.id, first.length + second.length, third);

    const done = await operator.post(`${API}/uploads/${session.id}/complete`);
    assert.equal(done.statusCode, 201, done.body);
    const original = await operator.get(`${API}/files/${(done.json() as StoredFile).id}`);
    assert.ok(original.rawPayload.equals(jpeg));
  });

  test('completing before every byte is in is refused with 409; completing twice returns the same file', async () => {
    const operator = await as('operator.lpp.tangerang');
    const pdf = pdfBytes(5000);
    const session = await openUpload(operator, 'berita-acara.pdf', pdf.length);
    await sendChunkOk(operator, session.id, 0, pdf.subarray(0, 1000));
    const early = problem(await operator.post(`${API}/uploads/${session.id}/complete`), 409, 'uploads.incomplete');
    assert.equal(early.offset, 1000);
    await sendChunkOk(operator, session.id, 1000, pdf.subarray(1000));
    const first = await operator.post(`${API}/uploads/${session.id}/complete`);
    const again = await operator.post(`${API}/uploads/${session.id}/complete`);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(again.statusCode, 201, again.body);
    assert.equal((again.json() as StoredFile).id, (first.json() as StoredFile).id);
    assert.equal((first.json() as StoredFile).kind, 'document');
  });

  test('bytes past the announced size, a missing offset header and an oversized chunk are refused', async () => {
    const operator = await as('operator.lpp.tangerang');
    const session = await openUpload(operator, 'a.pdf', 1_500_000);
    problem(await sendChunk(operator, session.id, 0, Buffer.alloc(1_200_000)), 413, 'http.fst_err_ctp_body_too_large');
    const res = await operator.patch(`${API}/uploads/${session.id}`, Buffer.alloc(10), { headers: { 'content-type': 'application/offset+octet-stream' } });
    problem(res, 400, 'uploads.missing_offset');
    const json = await operator.patch(`${API}/uploads/${session.id}`, { bytes: 'x' }, { headers: { 'upload-offset': '0' } });
    problem(json, 415, 'uploads.not_a_chunk');
    const small = await openUpload(operator, 'b.pdf', 10);
    problem(await sendChunk(operator, small.id, 0, Buffer.alloc(11)), 413, 'uploads.exceeds_size');
  });

  test('a file over the upload limit, or empty, cannot be opened', async () => {
    const operator = await as('operator.lpp.tangerang');
    const big = problem(await operator.post(`${API}/uploads`, { name: 'besar.jpg', size: LIMIT + 1 }), 413, 'files.too_large');
    assert.match(big.detail ?? '', /melebihi batas/);
    problem(await operator.post(`${API}/uploads`, { name: 'kosong.jpg', size: 0 }), 400, 'validation_failed');
  });

  test("another user's upload does not exist for them; a read-only role may not upload", async () => {
    const operator = await as('operator.lpp.tangerang');
    const session = await openUpload(operator, 'bukti.pdf', 100);
    const other = await as('operator.lapas.cipinang');
    problem(await other.get(`${API}/uploads/${session.id}`), 404, 'uploads.not_found');
    problem(await sendChunk(other, session.id, 0, Buffer.alloc(100)), 404, 'uploads.not_found');
    problem(await other.post(`${API}/uploads/${session.id}/complete`), 404, 'uploads.not_found');
    problem(await (await as('humas.ditjenpas')).post(`${API}/uploads`, { name: 'x.pdf', size: 10 }), 403, 'forbidden');
  });

  test('uploads abandoned for more than a day are removed when a new one opens', async () => {
    const operator = await as('operator.lpp.tangerang');
    const stale = await openUpload(operator, 'lama.pdf', 100);
    await sendChunkOk(operator, stale.id, 0, Buffer.alloc(50, 1));
    now = new Date(now.getTime() + 25 * 3_600_000);
    const fresh = await t.as('operator.lpp.tangerang');
    await openUpload(fresh, 'baru.pdf', 100);
    const rows = await t.database.db.select().from(uploadSessions).where(eq(uploadSessions.id, stale.id));
    assert.equal(rows.length, 0);
    problem(await fresh.get(`${API}/uploads/${stale.id}`), 404, 'uploads.not_found');
  });
});

describe('a restart of the server', () => {
  test('loses none of the bytes received: the upload goes on where it stopped', async () => {
    const database = await createTestDb();
    const config = testConfig();
    try {
      const jpeg = await geotaggedJpeg({ color: '#1e3a8a', width: 1000 });
      const [first, second, third] = thirds(jpeg) as [Buffer, Buffer, Buffer];
      const before = await buildApp({ config, database });
      const operator = await signIn(before, 'operator.lpp.tangerang');
      const session = await openUpload(operator, 'sebelum-restart.jpg', jpeg.length);
      await sendChunkOk(operator, session.id, 0, first);
      await sendChunkOk(operator, session.id, first.length, second);
      await before.close();

      const afterRestart = await buildApp({ config, database });
      try {
        const again = await signIn(afterRestart, 'operator.lpp.tangerang');
        const status = (await again.get(`${API}/uploads/${session.id}`)).json() as UploadSession;
        assert.equal(status.offset, first.length + second.length);
        await sendChunkOk(again, session.id, status.offset, third);
        const done = await again.post(`${API}/uploads/${session.id}/complete`);
        assert.equal(done.statusCode, 201, done.body);
        const original = await again.get(`${API}/files/${(done.json() as StoredFile).id}`);
        assert.ok(original.rawPayload.equals(jpeg));
      } finally {
        await afterRestart.close();
      }
    } finally {
      await database.close();
      removeTempDataDir(config);
    }
  });
});
