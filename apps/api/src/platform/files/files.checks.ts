import type { PhotoFlag } from '@selaras/contracts';
import { distanceToShape, type GeoShape } from '../geo.js';
import { wallClock } from '../wall-clock.js';
import type { FileExif } from './files.table.js';

export type PhotoCheckInput = {
  exif: FileExif | null;
  /** Other photos in Selaras whose perceptual hash is close to this one's, nearest first. */
  similar: { fileId: string; ownerUnitName?: string | null; distance: number }[];
  geofence?: { shape: GeoShape; radiusM: number } | null;
  /** The activity window; a capture time without an offset is read in `timeZone` (the unit's local time). */
  window?: { start: Date; end: Date; timeZone: string } | null;
};

const ZONE_LABELS: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** Software that exists to change pictures; a phone's own firmware name (e.g. "A155FXXU1") is not one. */
const EDITING_SOFTWARE =
  /photoshop|lightroom|gimp|snapseed|picsart|canva|meitu|vsco|pixlr|affinity photo|photodirector|facetune|fotor|polarr|photoscape|paint\.net|pixelmator|luminar|remini|airbrush|picmonkey/i;

/** A ModifyDate this long after the capture means the file was saved again, not just written by the camera. */
const EDIT_GRACE_MS = 2 * 60_000;

export const zoneLabel = (timeZone: string) => ZONE_LABELS[timeZone] ?? timeZone;

const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** "750 m" or "2,4 km". */
function metres(m: number): string {
  return m < 1000 ? `${Math.round(m)} m` : `${decimal.format(m / 1000)} km`;
}

/** "2025-09-08T16:20" → "8 Sep 2025 16.20". */
function readableWallClock(wall: string): string {
  const [date = '', time = ''] = wall.split('T');
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year} ${time.slice(0, 5).replace(':', '.')}`;
}

type CameraTime = { wall: string; offset: string | null };

/** "2025-09-09T08:15:00+07:00" → its wall clock and offset; null when not in the EXIF format we store. */
function parseCameraTime(value: string | null | undefined): CameraTime | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})?$/.exec(value) : null;
  return m?.[1] ? { wall: m[1], offset: m[2] ?? null } : null;
}

/** The instant a wall clock in `timeZone` shows (the zones here keep one offset all year). */
function instantInZone(wall: string, timeZone: string): Date {
  const asUtc = Date.parse(`${wall}Z`);
  const minute = Math.floor(asUtc / 60_000) * 60_000;
  const offsetMs = Date.parse(`${wallClock(new Date(minute), timeZone)}:00Z`) - minute;
  return new Date(asUtc - offsetMs);
}

function instantOf(time: CameraTime, timeZone: string): Date {
  return time.offset ? new Date(`${time.wall}${time.offset}`) : instantInZone(time.wall, timeZone);
}

function locationFlags(exif: FileExif | null, geofence: PhotoCheckInput['geofence']): PhotoFlag[] {
  if (exif?.lat == null || exif.lon == null)
    return [{ code: 'no_gps', message: 'Foto tidak memiliki koordinat GPS', detail: {} }];
  if (!geofence) return [];
  const distance = distanceToShape({ lat: exif.lat, lng: exif.lon }, geofence.shape);
  if (distance <= geofence.radiusM) return [];
  return [
    {
      code: 'outside_geofence',
      message: `Foto diambil ${metres(distance)} di luar lokasi (radius ${metres(geofence.radiusM)})`,
      detail: { distanceM: Math.round(distance), radiusM: geofence.radiusM, lat: exif.lat, lon: exif.lon },
    },
  ];
}

function timeFlags(exif: FileExif | null, window: PhotoCheckInput['window']): PhotoFlag[] {
  const taken = parseCameraTime(exif?.takenAt);
  if (!taken) return [{ code: 'no_capture_time', message: 'Foto tidak memiliki waktu pengambilan', detail: {} }];
  if (!window) return [];
  const instant = instantOf(taken, window.timeZone);
  if (instant >= window.start && instant <= window.end) return [];
  const local = wallClock(instant, window.timeZone);
  const zone = zoneLabel(window.timeZone);
  const from = readableWallClock(wallClock(window.start, window.timeZone));
  const to = readableWallClock(wallClock(window.end, window.timeZone));
  const range = from.slice(0, -6) === to.slice(0, -6) ? `${from}–${to.slice(-5)}` : `${from} – ${to}`;
  return [
    {
      code: 'outside_window',
      message: `Foto diambil ${readableWallClock(local)} ${zone}, di luar jendela kegiatan (${range} ${zone})`,
      detail: {
        takenAt: local,
        zone,
        timeZone: window.timeZone,
        cameraOffset: taken.offset,
        before: instant < window.start,
      },
    },
  ];
}

function duplicateFlags(similar: PhotoCheckInput['similar']): PhotoFlag[] {
  if (similar.length === 0) return [];
  const units = [...new Set(similar.map((s) => s.ownerUnitName).filter((name): name is string => Boolean(name)))];
  const distance = Math.min(...similar.map((s) => s.distance));
  return [
    {
      code: 'duplicate',
      message: `Foto sama/mirip dengan foto lain di Selaras${units.length > 0 ? ` (unit ${units.join(', ')})` : ''}`,
      detail: { fileIds: similar.map((s) => s.fileId), distance, units },
    },
  ];
}

/** Minutes between capture and the last save, when both are known and comparable. */
function minutesModifiedAfterCapture(exif: FileExif): number | null {
  const taken = parseCameraTime(exif.takenAt);
  const modified = parseCameraTime(exif.modifiedAt);
  if (!taken || !modified) return null;
  // With both offsets the instants compare; otherwise the camera wrote both on one clock.
  const both = taken.offset !== null && modified.offset !== null;
  const ms = both
    ? Date.parse(`${modified.wall}${modified.offset}`) - Date.parse(`${taken.wall}${taken.offset}`)
    : Date.parse(`${modified.wall}Z`) - Date.parse(`${taken.wall}Z`);
  return ms > EDIT_GRACE_MS ? Math.round(ms / 60_000) : null;
}

function editedFlags(exif: FileExif | null): PhotoFlag[] {
  if (!exif) return [];
  const software = exif.software && EDITING_SOFTWARE.test(exif.software) ? exif.software : null;
  const minutesAfter = minutesModifiedAfterCapture(exif);
  if (!software && minutesAfter === null) return [];
  const detail = { software, modifiedAt: exif.modifiedAt ?? null, minutesAfterCapture: minutesAfter };
  if (software) return [{ code: 'edited', message: `Foto disunting dengan ${software}`, detail }];
  const after =
    minutesAfter !== null && minutesAfter >= 120 ? `${decimal.format(minutesAfter / 60)} jam` : `${minutesAfter} menit`;
  return [{ code: 'edited', message: `Foto disimpan ulang ${after} setelah diambil (kemungkinan disunting)`, detail }];
}

/**
 * Why a verifier should look twice at a photo: no GPS or taken away from the site, no capture time or
 * taken outside the activity window, the same picture as another one in Selaras, or edited. A flag
 * informs; it never rejects.
 */
export function photoFlags(input: PhotoCheckInput): PhotoFlag[] {
  return [
    ...locationFlags(input.exif, input.geofence),
    ...timeFlags(input.exif, input.window),
    ...duplicateFlags(input.similar),
    ...editedFlags(input.exif),
  ];
}
