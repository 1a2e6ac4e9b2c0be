import { test } from 'node:test';
import assert from 'node:assert/strict';
import exifr from 'exifr';
import sharp from 'sharp';
import { photoFlags } from '../../../../api/src/platform/files/files.checks.js';
import { readExif } from '../../../../api/src/platform/files/files.images.js';
import { carryExif, insertExifSegment, readExifSegment, withUprightOrientation } from './jpeg-exif.js';

/** A phone photo stored sideways (orientation 6) with GPS, capture time and device in its EXIF. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: '#2f855a' } })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-A155F' },
      IFD2: { DateTimeOriginal: '2025:09:09 08:15:00', OffsetTimeOriginal: '+07:00' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 37/1 12/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** What a canvas gives back: a smaller JPEG with no EXIF at all. */
function canvasJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 160, height: 120, channels: 3, background: '#1e3a8a' } }).jpeg({ quality: 80 }).toBuffer();
}

type Read = { latitude?: number; longitude?: number; DateTimeOriginal?: string; Orientation?: number; Make?: string };

function read(bytes: Uint8Array): Promise<Read | undefined> {
  return exifr.parse(Buffer.from(bytes), { gps: true, reviveValues: false, translateValues: false }) as Promise<Read | undefined>;
}

test('the re-encoded copy carries the same GPS, capture time and device, turned upright', async () => {
  const original = await phonePhoto();
  const before = await read(original);
  assert.equal(before?.Orientation, 6, 'the sample is really sideways');
  const copy = carryExif(original, await canvasJpeg());
  const after = await read(copy);
  assert.ok(after);
  assert.ok(Math.abs((after.latitude ?? 0) - -6.175) < 1e-4, `latitude ${after.latitude}`);
  assert.ok(Math.abs((after.longitude ?? 0) - 106.62) < 1e-4, `longitude ${after.longitude}`);
  assert.equal(after.DateTimeOriginal, '2025:09:09 08:15:00');
  assert.equal(after.Make, 'Samsung');
  assert.equal(after.Orientation, 1);
  const meta = await sharp(Buffer.from(copy)).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height, meta.orientation], ['jpeg', 160, 120, 1]);
  const pixels = await sharp(Buffer.from(copy)).raw().toBuffer();
  assert.equal(pixels.length, 160 * 120 * 3, 'the image data is intact');
});

test('the segment goes right after the start-of-image marker and replaces any EXIF the copy had', async () => {
  const original = await phonePhoto();
  const segment = readExifSegment(original);
  assert.ok(segment);
  assert.deepEqual([...segment.subarray(0, 2)], [0xff, 0xe1]);
  const withOwnExif = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } })
    .withExif({ IFD0: { Make: 'Canvas' } })
    .jpeg()
    .toBuffer();
  const spliced = insertExifSegment(withOwnExif, segment);
  assert.deepEqual([...spliced.subarray(0, 4)], [0xff, 0xd8, 0xff, 0xe1]);
  assert.equal((await read(spliced))?.Make, 'Samsung');
  assert.equal(readExifSegment(spliced)?.length, segment.length, 'one EXIF segment, not two');
});

test('orientation is patched in a copy; a photo without EXIF or bytes that are not a JPEG are left alone', async () => {
  const segment = readExifSegment(await phonePhoto());
  assert.ok(segment);
  const upright = withUprightOrientation(segment);
  assert.notDeepEqual(upright, segment);
  assert.equal(readExifSegment(await canvasJpeg()), null);
  const plain = await canvasJpeg();
  assert.equal(carryExif(plain, plain), plain);
  const notJpeg = new Uint8Array([1, 2, 3, 4, 5]);
  assert.equal(insertExifSegment(notJpeg, segment), notJpeg);
});

test('a shrunk copy still passes the server checks of a campaign photo: at the site, on the event day, not edited', async () => {
  const original = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#4d7c0f' } })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-A155F', Software: 'A155FXXU1' },
      IFD2: { DateTimeOriginal: '2025:09:09 08:15:00', OffsetTimeOriginal: '+07:00' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 37/1 12/1' },
    })
    .jpeg()
    .toBuffer();
  const shrunk = await sharp(original).resize(600).jpeg({ quality: 80 }).toBuffer();
  const site = { shape: { kind: 'point' as const, lat: -6.175, lng: 106.62 }, radiusM: 200 };
  const eventDay = { start: new Date('2025-09-09T00:00:00+07:00'), end: new Date('2025-09-10T00:00:00+07:00'), timeZone: 'Asia/Jakarta' };

  const withoutExif = photoFlags({ exif: await readExif(shrunk), similar: [], geofence: site, window: eventDay });
  assert.deepEqual(withoutExif.map((f) => f.code), ['no_gps', 'no_capture_time'], 'a plain re-encode loses the evidence');
  const spliced = Buffer.from(carryExif(original, shrunk));
  assert.deepEqual(photoFlags({ exif: await readExif(spliced), similar: [], geofence: site, window: eventDay }), []);
});
