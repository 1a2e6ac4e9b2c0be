import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import exifr from 'exifr';
import sharp from 'sharp';
import type { Me, StoredFile } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { pdfBytes, sceneJpeg, TANGERANG_GPS, uploadOk } from '../../test/files.js';
import { createAudit } from '../audit/audit.js';
import { createFilesService, type FilesService } from './files.service.js';
import { findSimilarPhotos, SIMILAR_PHOTO_MAX_DISTANCE } from './files.queries.js';
import { hammingDistance, perceptualHash } from './files.phash.js';
import { files } from './files.table.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let service: FilesService;

before(async () => {
  // The same data folder as the app's, so this service reads the blobs the uploads wrote.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'selaras-test-'));
  t = await buildTestApp({ config: { dataDir } });
  as = signedIn(t);
  service = createFilesService({
    db: t.database.db,
    audit: createAudit({ clock: () => new Date() }),
    root: path.resolve(dataDir, 'files'),
  });
});
after(async () => t.close());

const unitNameOf = async (client: Client) => ((await client.get('/api/v1/me')).json() as Me).position.unitName;

async function storedHash(id: string): Promise<bigint | null> {
  const [row] = await t.database.db.select({ phash: files.phash }).from(files).where(eq(files.id, id));
  return row?.phash ?? null;
}

describe('a copy uploaded by another unit', () => {
  let original: StoredFile;
  let copy: StoredFile;
  let unrelated: StoredFile;
  let tangerang: string;
  let cipinang: string;

  before(async () => {
    const tangerangClient = await as('operator.lpp.tangerang');
    const cipinangClient = await as('operator.lapas.cipinang');
    [tangerang, cipinang] = await Promise.all([unitNameOf(tangerangClient), unitNameOf(cipinangClient)]);
    const scene = await sceneJpeg({ seed: 101 });
    original = await uploadOk(tangerangClient, 'tanam-kelapa.jpg', scene);
    // Forwarded through a chat app: half the size, recompressed, metadata gone.
    const forwarded = await sharp(scene).resize({ width: 600 }).jpeg({ quality: 60 }).toBuffer();
    copy = await uploadOk(cipinangClient, 'IMG-20250909-WA0007.jpg', forwarded);
    unrelated = await uploadOk(cipinangClient, 'lain.jpg', await sceneJpeg({ seed: 102 }));
  });

  test('every uploaded photo has its perceptual hash stored as a signed bigint, none for a document', async () => {
    const stored = await storedHash(original.id);
    assert.equal(typeof stored, 'bigint');
    assert.equal(stored, await perceptualHash(await sceneJpeg({ seed: 101 })));
    const pdf = await uploadOk(await as('operator.lpp.tangerang'), 'ba.pdf', pdfBytes());
    assert.equal(await storedHash(pdf.id), null);
  });

  test('is found from the original across units, nearest first, with the owner unit name', async () => {
    const phash = (await storedHash(original.id)) as bigint;
    const found = await findSimilarPhotos(t.database.db, { phash, excludeFileId: original.id });
    assert.deepEqual(
      found.map((f) => [f.fileId, f.ownerUnitName]),
      [[copy.id, cipinang]],
    );
    assert.ok((found[0]?.distance ?? 99) <= SIMILAR_PHOTO_MAX_DISTANCE);
    const withSelf = await findSimilarPhotos(t.database.db, { phash, maxDistance: 64, limit: 50 });
    assert.equal(withSelf[0]?.fileId, original.id, 'distance 0 comes first');
    assert.equal(withSelf[0]?.distance, 0);
    assert.ok(
      withSelf.some((f) => f.fileId === unrelated.id && f.distance > SIMILAR_PHOTO_MAX_DISTANCE),
      'the other scene is far',
    );
    const distances = withSelf.map((f) => f.distance);
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
    );
  });

  test('bit counting agrees with the hashes themselves, negative ones included', async () => {
    for (const seed of [103, 104, 105, 106])
      await uploadOk(await as('operator.lpp.tangerang'), `s${seed}.jpg`, await sceneJpeg({ seed }));
    const rows = await t.database.db.select({ id: files.id, phash: files.phash }).from(files);
    const hashes = rows.filter((r): r is { id: string; phash: bigint } => r.phash !== null);
    assert.ok(
      hashes.some((r) => r.phash < 0n),
      'at least one negative hash is stored',
    );
    const probe = hashes.find((r) => r.phash < 0n) as { id: string; phash: bigint };
    const found = await findSimilarPhotos(t.database.db, { phash: probe.phash, maxDistance: 64, limit: 100 });
    for (const row of hashes) {
      assert.equal(found.find((f) => f.fileId === row.id)?.distance, hammingDistance(probe.phash, row.phash), row.id);
    }
  });

  test('checkPhotos flags the copy and the original as duplicates of each other, naming the other unit', async () => {
    const flags = await service.checkPhotos([original.id, copy.id, unrelated.id]);
    const duplicate = flags.get(original.id)?.find((f) => f.code === 'duplicate');
    assert.equal(duplicate?.message, `Foto sama/mirip dengan foto lain di Selaras (unit ${cipinang})`);
    assert.deepEqual([duplicate.detail.fileIds, duplicate.detail.units], [[copy.id], [cipinang]]);
    assert.ok((duplicate.detail.distance as number) <= SIMILAR_PHOTO_MAX_DISTANCE);
    assert.equal(
      flags.get(copy.id)?.find((f) => f.code === 'duplicate')?.message,
      `Foto sama/mirip dengan foto lain di Selaras (unit ${tangerang})`,
    );
    assert.deepEqual(
      flags.get(unrelated.id)?.map((f) => f.code),
      [],
    );
  });
});

describe('checkPhotos with a site and a window', () => {
  test('GPS, capture time and edits come from the stored EXIF', async () => {
    const operator = await as('operator.lpp.tangerang');
    const atSite = await uploadOk(operator, 'a.jpg', await sceneJpeg({ seed: 201, takenAt: '2025:09:09 08:00:00' }));
    const farEarly = await uploadOk(
      operator,
      'b.jpg',
      await sceneJpeg({ seed: 202, gps: { lat: -6.2, lon: 106.62 }, takenAt: '2025:09:09 06:30:00' }),
    );
    const noGps = await uploadOk(
      operator,
      'c.jpg',
      await sceneJpeg({ seed: 203, gps: null, takenAt: '2025:09:09 09:00:00', offset: '+07:00' }),
    );
    const edited = await uploadOk(operator, 'd.jpg', await sceneJpeg({ seed: 204, software: 'Adobe Photoshop 25.0' }));
    const pdf = await uploadOk(operator, 'e.pdf', pdfBytes(10));
    const flags = await service.checkPhotos(
      [atSite.id, farEarly.id, noGps.id, edited.id, pdf.id, '01900000-0000-7000-8000-00000000dead'],
      {
        geofence: { shape: { kind: 'point', lat: TANGERANG_GPS.lat, lng: TANGERANG_GPS.lon }, radiusM: 500 },
        window: {
          start: new Date('2025-09-09T07:00:00+07:00'),
          end: new Date('2025-09-09T12:00:00+07:00'),
          timeZone: 'Asia/Jakarta',
        },
      },
    );
    assert.deepEqual(
      [...flags.keys()].sort(),
      [atSite.id, farEarly.id, noGps.id, edited.id].sort(),
      'documents and unknown ids get no entry',
    );
    const codes = (id: string) => flags.get(id)?.map((f) => f.code);
    assert.deepEqual(codes(atSite.id), []);
    assert.deepEqual(codes(farEarly.id), ['outside_geofence', 'outside_window']);
    assert.equal(flags.get(farEarly.id)?.[0]?.message, 'Foto diambil 2,8 km di luar lokasi (radius 500 m)');
    assert.deepEqual(codes(noGps.id), ['no_gps']);
    assert.deepEqual(
      flags.get(edited.id)?.map((f) => f.message),
      ['Foto disunting dengan Adobe Photoshop 25.0'],
    );
  });

  test('the EXIF ModifyDate is kept next to the capture time; a save an hour later is an edit', async () => {
    const file = await uploadOk(
      await as('operator.lpp.tangerang'),
      'simpan-ulang.jpg',
      await sceneJpeg({
        seed: 205,
        takenAt: '2025:09:09 08:15:00',
        offset: '+07:00',
        modifiedAt: '2025:09:09 09:30:00',
      }),
    );
    const [row] = await t.database.db.select({ exif: files.exif }).from(files).where(eq(files.id, file.id));
    assert.deepEqual([row?.exif?.takenAt, row?.exif?.modifiedAt], ['2025-09-09T08:15:00+07:00', '2025-09-09T09:30:00']);
    const flags = await service.checkPhotos([file.id]);
    assert.deepEqual(flags.get(file.id), [
      {
        code: 'edited',
        message: 'Foto disimpan ulang 75 menit setelah diambil (kemungkinan disunting)',
        detail: { software: null, modifiedAt: '2025-09-09T09:30:00', minutesAfterCapture: 75 },
      },
    ]);
  });

  test('a photo stored without a hash gets one at its first check', async () => {
    const file = await uploadOk(await as('operator.lpp.tangerang'), 'lama.jpg', await sceneJpeg({ seed: 301 }));
    const expected = await storedHash(file.id);
    await t.database.db.update(files).set({ phash: null }).where(eq(files.id, file.id));
    await service.checkPhotos([file.id]);
    assert.equal(await storedHash(file.id), expected);
  });
});

describe('public copies', () => {
  test('are upright JPEGs of at most 1600 px without any EXIF, made once', async () => {
    const photo = await uploadOk(
      await as('operator.lpp.tangerang'),
      'besar.jpg',
      await sceneJpeg({ seed: 401, width: 2400 }),
    );
    assert.ok(await exifr.gps(await sceneJpeg({ seed: 401, width: 2400 })), 'the original carries GPS');
    const copy = await service.publicCopy(photo.id);
    const meta = await sharp(copy).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.deepEqual([meta.width, meta.height], [1600, 1200]);
    assert.equal(meta.exif, undefined);
    assert.equal(meta.xmp, undefined);
    assert.equal(await exifr.parse(copy).catch(() => undefined), undefined, 'exifr finds nothing');
    assert.equal(await exifr.gps(copy).catch(() => undefined), undefined);
    assert.ok((await service.publicCopy(photo.id)).equals(copy), 'the cached copy is served again');
  });

  test('a document has none, an unknown id is not found', async () => {
    const pdf = await uploadOk(await as('operator.lpp.tangerang'), 'x.pdf', pdfBytes(20));
    await assert.rejects(service.publicCopy(pdf.id), { code: 'files.not_a_photo' });
    await assert.rejects(service.publicCopy('01900000-0000-7000-8000-00000000dead'), { code: 'files.not_found' });
  });
});
