import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PhotoFlag } from '@selaras/contracts';
import type { GeoShape } from '../geo.js';
import { photoFlags, type PhotoCheckInput } from './files.checks.js';
import type { FileExif } from './files.table.js';

const SITE = { lat: -6.175, lng: 106.62 };

function exif(overrides: Partial<FileExif> = {}): FileExif {
  return {
    lat: SITE.lat,
    lon: SITE.lng,
    takenAt: '2025-09-09T08:15:00+07:00',
    modifiedAt: null,
    make: 'Samsung',
    model: 'SM-A155F',
    software: 'A155FXXU1',
    ...overrides,
  };
}

const flagsOf = (input: Partial<PhotoCheckInput>) => photoFlags({ exif: exif(), similar: [], ...input });
const codes = (flags: PhotoFlag[]) => flags.map((f) => f.code);
const only = (flags: PhotoFlag[], code: PhotoFlag['code']) => {
  const found = flags.filter((f) => f.code === code);
  assert.equal(found.length, 1, JSON.stringify(flags));
  return found[0] as PhotoFlag;
};

/** Metres north of the site, as latitude. */
const north = (m: number) => SITE.lat + m / 111_195;

test('a clean photo at the site, in the window, unique and unedited has no flag', () => {
  const window = {
    start: new Date('2025-09-09T07:00:00+07:00'),
    end: new Date('2025-09-09T12:00:00+07:00'),
    timeZone: 'Asia/Jakarta',
  };
  assert.deepEqual(flagsOf({ geofence: { shape: { kind: 'point', ...SITE }, radiusM: 500 }, window }), []);
});

test('no GPS, no capture time and no EXIF at all are flagged, not rejected', () => {
  assert.deepEqual(codes(flagsOf({ exif: exif({ lat: null, lon: null }) })), ['no_gps']);
  assert.equal(
    only(flagsOf({ exif: exif({ lat: null, lon: null }) }), 'no_gps').message,
    'Foto tidak memiliki koordinat GPS',
  );
  assert.deepEqual(codes(flagsOf({ exif: exif({ takenAt: null }) })), ['no_capture_time']);
  assert.deepEqual(codes(photoFlags({ exif: null, similar: [] })), ['no_gps', 'no_capture_time']);
});

describe('geofence', () => {
  const point: GeoShape = { kind: 'point', ...SITE };
  const square: GeoShape = {
    kind: 'polygon',
    points: [
      { lat: -6.18, lng: 106.61 },
      { lat: -6.18, lng: 106.62 },
      { lat: -6.17, lng: 106.62 },
      { lat: -6.17, lng: 106.61 },
    ],
  };

  test('a point with a radius: 450 m away is inside 500 m, 2.4 km away is outside', () => {
    assert.deepEqual(flagsOf({ exif: exif({ lat: north(450) }), geofence: { shape: point, radiusM: 500 } }), []);
    const flag = only(
      flagsOf({ exif: exif({ lat: north(2_400) }), geofence: { shape: point, radiusM: 500 } }),
      'outside_geofence',
    );
    assert.equal(flag.message, 'Foto diambil 2,4 km di luar lokasi (radius 500 m)');
    assert.ok(Math.abs((flag.detail.distanceM as number) - 2_400) <= 2, String(flag.detail.distanceM));
  });

  test('a polygon: inside, within the radius of its edge, and beyond it', () => {
    const fence = { shape: square, radiusM: 100 };
    assert.deepEqual(
      flagsOf({ exif: exif({ lat: -6.175, lon: 106.615 }), geofence: { shape: square, radiusM: 0 } }),
      [],
      'inside, radius 0',
    );
    assert.deepEqual(
      flagsOf({ exif: exif({ lat: -6.17 + 80 / 111_195, lon: 106.615 }), geofence: fence }),
      [],
      '80 m north of the edge',
    );
    const flag = only(
      flagsOf({ exif: exif({ lat: -6.17 + 300 / 111_195, lon: 106.615 }), geofence: fence }),
      'outside_geofence',
    );
    assert.equal(flag.message, 'Foto diambil 300 m di luar lokasi (radius 100 m)');
  });
});

describe('activity window, in the unit’s local time', () => {
  // 07:00–12:00 local on 9 Sep 2025, for a unit in each of Indonesia's three zones.
  const zones = [
    { timeZone: 'Asia/Jakarta', label: 'WIB', offset: '+07:00' },
    { timeZone: 'Asia/Makassar', label: 'WITA', offset: '+08:00' },
    { timeZone: 'Asia/Jayapura', label: 'WIT', offset: '+09:00' },
  ];
  const windowIn = (timeZone: string, offset: string) => ({
    start: new Date(`2025-09-09T07:00:00${offset}`),
    end: new Date(`2025-09-09T12:00:00${offset}`),
    timeZone,
  });

  for (const { timeZone, label, offset } of zones) {
    test(`${label}: a camera clock without offset is read as local time`, () => {
      const window = windowIn(timeZone, offset);
      const early = only(flagsOf({ exif: exif({ takenAt: '2025-09-09T06:30:00' }), window }), 'outside_window');
      assert.equal(
        early.message,
        `Foto diambil 9 Sep 2025 06.30 ${label}, di luar jendela kegiatan (9 Sep 2025 07.00–12.00 ${label})`,
      );
      assert.deepEqual(
        [early.detail.takenAt, early.detail.zone, early.detail.before],
        ['2025-09-09T06:30', label, true],
      );
      assert.deepEqual(flagsOf({ exif: exif({ takenAt: '2025-09-09T08:00:00' }), window }), []);
      assert.deepEqual(flagsOf({ exif: exif({ takenAt: '2025-09-09T12:00:00' }), window }), [], 'the end is inside');
      const late = only(flagsOf({ exif: exif({ takenAt: '2025-09-09T12:01:00' }), window }), 'outside_window');
      assert.equal(late.detail.before, false);
    });
  }

  test('a capture time with an offset is absolute, shown in the unit’s zone', () => {
    const wita = windowIn('Asia/Makassar', '+08:00');
    // 07:30 in Jakarta is 08:30 in Makassar: inside.
    assert.deepEqual(flagsOf({ exif: exif({ takenAt: '2025-09-09T07:30:00+07:00' }), window: wita }), []);
    // 06:30 WIB is 07:30 WITA: inside, although 06:30 alone would read as too early.
    assert.deepEqual(flagsOf({ exif: exif({ takenAt: '2025-09-09T06:30:00+07:00' }), window: wita }), []);
    // 11:30 WIT is 10:30 WITA: inside; 08:00 WIT is 07:00 WITA: inside; 07:30 WIT is 06:30 WITA: outside.
    assert.deepEqual(flagsOf({ exif: exif({ takenAt: '2025-09-09T11:30:00+09:00' }), window: wita }), []);
    const flag = only(
      flagsOf({ exif: exif({ takenAt: '2025-09-09T07:30:00+09:00' }), window: wita }),
      'outside_window',
    );
    assert.match(flag.message, /^Foto diambil 9 Sep 2025 06\.30 WITA, di luar jendela kegiatan/);
    const dayBefore = only(
      flagsOf({ exif: exif({ takenAt: '2025-09-08T16:20:00+08:00' }), window: wita }),
      'outside_window',
    );
    assert.match(dayBefore.message, /^Foto diambil 8 Sep 2025 16\.20 WITA,/);
    // The same instant in WIB, against a WIB window: 10:00 WIB is inside, whatever zone the camera wrote.
    assert.deepEqual(
      flagsOf({ exif: exif({ takenAt: '2025-09-09T03:00:00+00:00' }), window: windowIn('Asia/Jakarta', '+07:00') }),
      [],
    );
  });

  test('without a capture time there is nothing to compare: it is flagged as missing', () => {
    assert.deepEqual(codes(flagsOf({ exif: exif({ takenAt: null }), window: windowIn('Asia/Jakarta', '+07:00') })), [
      'no_capture_time',
    ]);
  });
});

describe('edits and duplicates', () => {
  test('editing software is named; a phone’s firmware is not an editor', () => {
    for (const software of [
      'Adobe Photoshop 25.0 (Windows)',
      'Adobe Photoshop Lightroom Classic 13.0',
      'GIMP 2.10.36',
      'Snapseed 2.0',
      'PicsArt',
      'Canva',
      'MeituPic',
      'VSCO',
      'Pixlr',
    ]) {
      const flag = only(flagsOf({ exif: exif({ software }) }), 'edited');
      assert.equal(flag.message, `Foto disunting dengan ${software}`);
    }
    for (const software of ['A155FXXU1', 'HDR+ 1.0.540104767zd', 'iOS 17.5.1', 'MediaTek Camera Application']) {
      assert.deepEqual(flagsOf({ exif: exif({ software }) }), [], software);
    }
  });

  test('a file saved again more than 2 minutes after capture counts as edited', () => {
    assert.deepEqual(
      flagsOf({ exif: exif({ modifiedAt: '2025-09-09T08:16:30+07:00' }) }),
      [],
      '90 s later: the camera finishing its file',
    );
    const flag = only(
      flagsOf({ exif: exif({ takenAt: '2025-09-09T08:15:00', modifiedAt: '2025-09-09T08:27:00' }) }),
      'edited',
    );
    assert.equal(flag.message, 'Foto disimpan ulang 12 menit setelah diambil (kemungkinan disunting)');
    assert.equal(flag.detail.minutesAfterCapture, 12);
    const later = only(flagsOf({ exif: exif({ modifiedAt: '2025-09-10T11:45:00+08:00' }) }), 'edited');
    assert.equal(later.message, 'Foto disimpan ulang 26,5 jam setelah diambil (kemungkinan disunting)');
  });

  test('similar photos are a duplicate flag naming the other units', () => {
    const similar = [
      { fileId: '01900000-0000-7000-8000-0000000000a1', ownerUnitName: 'Lapas Kelas I Cipinang', distance: 0 },
      { fileId: '01900000-0000-7000-8000-0000000000a2', ownerUnitName: 'Lapas Kelas I Cipinang', distance: 6 },
      { fileId: '01900000-0000-7000-8000-0000000000a3', ownerUnitName: 'Rutan Kelas I Depok', distance: 4 },
    ];
    const flag = only(flagsOf({ similar }), 'duplicate');
    assert.equal(
      flag.message,
      'Foto sama/mirip dengan foto lain di Selaras (unit Lapas Kelas I Cipinang, Rutan Kelas I Depok)',
    );
    assert.deepEqual(flag.detail, {
      fileIds: similar.map((s) => s.fileId),
      distance: 0,
      units: ['Lapas Kelas I Cipinang', 'Rutan Kelas I Depok'],
    });
  });

  test('every problem at once gives every flag, in a stable order', () => {
    const flags = photoFlags({
      exif: exif({ lat: null, lon: null, takenAt: null, software: 'Adobe Photoshop 25.0' }),
      similar: [{ fileId: '01900000-0000-7000-8000-0000000000a1', distance: 2 }],
      geofence: { shape: { kind: 'point', ...SITE }, radiusM: 500 },
      window: {
        start: new Date('2025-09-09T00:00:00Z'),
        end: new Date('2025-09-09T05:00:00Z'),
        timeZone: 'Asia/Jakarta',
      },
    });
    assert.deepEqual(codes(flags), ['no_gps', 'no_capture_time', 'duplicate', 'edited']);
    assert.equal(only(flags, 'duplicate').message, 'Foto sama/mirip dengan foto lain di Selaras');
  });
});
