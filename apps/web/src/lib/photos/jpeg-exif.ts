// Byte-level work on JPEG EXIF, so a photo re-encoded on the device keeps where and when it was taken.

const SOI = 0xd8;
const SOS = 0xda;
const EOI = 0xd9;
const APP1 = 0xe1;
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const ORIENTATION_TAG = 0x0112;

type Segment = { marker: number; start: number; end: number };

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;
}

/** The marker segments before the image data (stops at start of scan); empty when the bytes are not a JPEG. */
function headerSegments(bytes: Uint8Array): Segment[] {
  if (!isJpeg(bytes)) return [];
  const segments: Segment[] = [];
  let pos = 2;
  while (pos + 4 <= bytes.length && bytes[pos] === 0xff) {
    const marker = bytes[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === SOS || marker === EOI) break;
    const length = ((bytes[pos + 2] ?? 0) << 8) | (bytes[pos + 3] ?? 0);
    if (length < 2 || pos + 2 + length > bytes.length) break;
    segments.push({ marker, start: pos, end: pos + 2 + length });
    pos += 2 + length;
  }
  return segments;
}

function isExifSegment(bytes: Uint8Array, segment: Segment): boolean {
  return segment.marker === APP1 && EXIF_HEADER.every((b, i) => bytes[segment.start + 4 + i] === b);
}

/** The whole EXIF APP1 segment (marker, length and payload) of a JPEG, or null when it has none. */
export function readExifSegment(jpeg: Uint8Array): Uint8Array | null {
  const segment = headerSegments(jpeg).find((s) => isExifSegment(jpeg, s));
  return segment ? new Uint8Array(jpeg.subarray(segment.start, segment.end)) : null;
}

/**
 * A copy of an EXIF segment whose Orientation says "upright" (1): once the pixels are drawn
 * turned, an orientation kept at 6 or 8 would make viewers turn them a second time.
 */
export function withUprightOrientation(segment: Uint8Array): Uint8Array {
  const out = new Uint8Array(segment);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const tiff = 10; // marker (2) + length (2) + "Exif\0\0" (6)
  if (out.length < tiff + 8) return out;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return out;
  const little = order === 0x4949;
  const ifd0 = tiff + view.getUint32(tiff + 4, little);
  if (ifd0 + 2 > out.length) return out;
  const count = view.getUint16(ifd0, little);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > out.length) break;
    if (view.getUint16(entry, little) !== ORIENTATION_TAG) continue;
    // SHORT, one value: it sits in the first two bytes of the value field.
    if (view.getUint16(entry + 2, little) === 3) view.setUint16(entry + 8, 1, little);
  }
  return out;
}

/** The JPEG with `segment` as its EXIF, right after the start-of-image marker; any EXIF it had is dropped. */
export function insertExifSegment(jpeg: Uint8Array, segment: Uint8Array): Uint8Array {
  if (!isJpeg(jpeg)) return jpeg;
  const drop = headerSegments(jpeg).filter((s) => isExifSegment(jpeg, s));
  const parts: Uint8Array[] = [jpeg.subarray(0, 2), segment];
  let pos = 2;
  for (const s of drop) {
    parts.push(jpeg.subarray(pos, s.start));
    pos = s.end;
  }
  parts.push(jpeg.subarray(pos));
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Carries the original photo's EXIF over to its re-encoded copy, orientation set upright; the copy unchanged when the original has none. */
export function carryExif(original: Uint8Array, reencoded: Uint8Array): Uint8Array {
  const segment = readExifSegment(original);
  return segment ? insertExifSegment(reencoded, withUprightOrientation(segment)) : reencoded;
}
