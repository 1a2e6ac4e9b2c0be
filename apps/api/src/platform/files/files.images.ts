import exifr from 'exifr';
import sharp from 'sharp';
import type { FileExif } from './files.table.js';

const THUMBNAIL_PX = 320;

type RawExif = {
  Make?: unknown;
  Model?: unknown;
  Software?: unknown;
  DateTimeOriginal?: unknown;
  OffsetTimeOriginal?: unknown;
  ModifyDate?: unknown;
  OffsetTime?: unknown;
  GPSLatitude?: unknown;
  GPSLatitudeRef?: unknown;
  GPSLongitude?: unknown;
  GPSLongitudeRef?: unknown;
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\0/g, '').trim().slice(0, 120) : null);

/** Degrees, minutes, seconds and a hemisphere letter → signed decimal degrees; null when unusable. */
function degrees(dms: unknown, ref: unknown, negative: string, limit: number): number | null {
  if (!Array.isArray(dms) || dms.length !== 3 || !dms.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [d, m, s] = dms as [number, number, number];
  const value = (d + m / 60 + s / 3600) * (ref === negative ? -1 : 1);
  return Math.abs(value) <= limit ? Math.round(value * 1e6) / 1e6 : null;
}

/** "2025:09:09 08:15:00" (+ "+07:00") → "2025-09-09T08:15:00+07:00"; without an offset it is camera-local. */
function cameraTime(value: unknown, offset: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim()) : null;
  if (!m) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

/** GPS position, capture and modification time, device and software of a photo; null when it carries no EXIF at all. */
export async function readExif(bytes: Buffer): Promise<FileExif | null> {
  const raw = (await exifr
    .parse(bytes, { tiff: true, exif: true, gps: true, reviveValues: false, translateValues: false })
    .catch(() => null)) as RawExif | null | undefined;
  if (!raw) return null;
  const lat = degrees(raw.GPSLatitude, raw.GPSLatitudeRef, 'S', 90);
  const lon = degrees(raw.GPSLongitude, raw.GPSLongitudeRef, 'W', 180);
  const exif: FileExif = {
    lat: lat !== null && lon !== null ? lat : null,
    lon: lat !== null && lon !== null ? lon : null,
    takenAt: cameraTime(raw.DateTimeOriginal, raw.OffsetTimeOriginal),
    modifiedAt: cameraTime(raw.ModifyDate, raw.OffsetTime),
    make: text(raw.Make),
    model: text(raw.Model),
    software: text(raw.Software),
  };
  return Object.values(exif).some((v) => v !== null) ? exif : null;
}

/** A small WebP preview, turned upright; sharp writes no metadata unless asked, so EXIF (and GPS) is gone. */
export async function makeThumbnail(bytes: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { failOn: 'error' })
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer();
  } catch {
    return null;
  }
}

const PUBLIC_COPY_PX = 1600;

/**
 * A JPEG fit to leave Selaras: upright, long side at most 1600 px, and without any metadata (EXIF, GPS,
 * XMP, IPTC, ICC): sharp keeps none unless asked. Null when the image cannot be decoded.
 */
export async function makePublicCopy(bytes: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { failOn: 'error' })
      .rotate()
      .resize(PUBLIC_COPY_PX, PUBLIC_COPY_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch {
    return null;
  }
}
