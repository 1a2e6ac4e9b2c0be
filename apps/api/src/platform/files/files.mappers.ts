import type { StoredFile } from '@selaras/contracts';
import type { FileRow } from './files.queries.js';

export function toStoredFile(r: FileRow): StoredFile {
  const lat = r.exif?.lat ?? null;
  const lon = r.exif?.lon ?? null;
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    size: r.size,
    mime: r.mime as StoredFile['mime'],
    hasGps: lat !== null && lon !== null,
    lat,
    lon,
    takenAt: r.exif?.takenAt ?? null,
    thumbnail: r.thumbnail,
  };
}
