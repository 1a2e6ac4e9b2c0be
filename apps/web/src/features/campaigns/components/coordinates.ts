import { GeoPointSchema, type GeoPoint } from '@selaras/contracts';

const NUMBER = String.raw`(-?\d{1,3}(?:[.,]\d+)?)`;
// "-6.175, 106.62", "-6,175 106,62", "-6.175;106.62": a decimal comma is allowed when a space or semicolon separates.
const PAIR = new RegExp(String.raw`^\s*${NUMBER}\s*(?:;|,|\s)\s*${NUMBER}\s*$`);

export type CoordinateParse =
  { ok: true; point: GeoPoint; swapped: boolean } | { ok: false; reason: 'format' | 'outside' };

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * Reads a point typed as "lat, lng" in decimal degrees. A pair given as "lng, lat" (as some GIS tools copy it)
 * is recognised because Indonesia's longitudes (94–142) can never be latitudes.
 */
export function parseCoordinates(text: string): CoordinateParse {
  const match = PAIR.exec(text);
  if (!match?.[1] || !match[2]) return { ok: false, reason: 'format' };
  const first = toNumber(match[1]);
  const second = toNumber(match[2]);
  const asTyped = GeoPointSchema.safeParse({ lat: first, lng: second });
  if (asTyped.success) return { ok: true, point: asTyped.data, swapped: false };
  const swapped = GeoPointSchema.safeParse({ lat: second, lng: first });
  if (swapped.success) return { ok: true, point: swapped.data, swapped: true };
  return { ok: false, reason: 'outside' };
}

/** "-6.17500, 106.62000": five decimals are about a metre, enough for a planting site. */
export function formatCoordinates(point: GeoPoint): string {
  return `${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`;
}
