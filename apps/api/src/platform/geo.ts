/** Plane geometry on the scale of a site (hundreds of metres to a few kilometres) on the WGS 84 sphere. */

export type LatLng = { lat: number; lng: number };
export type GeoShape = { kind: 'point'; lat: number; lng: number } | { kind: 'polygon'; points: LatLng[] };

const EARTH_RADIUS_M = 6_371_008.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Ray casting; a point exactly on an edge may fall either way, which `distanceToShape` makes harmless (distance 0). */
export function pointInPolygon(point: LatLng, polygon: LatLng[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    const crosses = a.lat > point.lat !== b.lat > point.lat;
    if (crosses && point.lng < ((b.lng - a.lng) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lng) inside = !inside;
  }
  return inside;
}

/** Metres east (x) and north (y) of `origin`: an equirectangular projection, exact enough within a few kilometres. */
function project(origin: LatLng, p: LatLng): { x: number; y: number } {
  return {
    x: toRadians(p.lng - origin.lng) * Math.cos(toRadians(origin.lat)) * EARTH_RADIUS_M,
    y: toRadians(p.lat - origin.lat) * EARTH_RADIUS_M,
  };
}

function distanceToSegment(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Metres from a point to a shape: to the point itself, or 0 inside a polygon and else to its nearest edge. */
export function distanceToShape(point: LatLng, shape: GeoShape): number {
  if (shape.kind === 'point') return distanceMeters(point, shape);
  const [first] = shape.points;
  if (!first) return Number.POSITIVE_INFINITY;
  if (shape.points.length === 1) return distanceMeters(point, first);
  if (shape.points.length >= 3 && pointInPolygon(point, shape.points)) return 0;
  const projected = shape.points.map((corner) => project(point, corner));
  const origin = { x: 0, y: 0 };
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < projected.length; i++) {
    const a = projected[i];
    const b = projected[(i + 1) % projected.length];
    if (a && b) nearest = Math.min(nearest, distanceToSegment(origin, a, b));
  }
  return nearest;
}

/** The centre of a shape: the point itself, or the area centroid of a polygon (vertex mean when it has no area). */
export function centroidOf(shape: GeoShape): LatLng {
  if (shape.kind === 'point') return { lat: shape.lat, lng: shape.lng };
  const points = shape.points;
  const [origin] = points;
  if (!origin) throw new Error('a polygon without points has no centroid');
  const xy = points.map((p) => project(origin, p));
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < xy.length; i++) {
    const a = xy[i];
    const b = xy[(i + 1) % xy.length];
    if (!a || !b) continue;
    const cross = a.x * b.y - b.x * a.y;
    area += cross;
    cx += (a.x + b.x) * cross;
    cy += (a.y + b.y) * cross;
  }
  if (Math.abs(area) < 1e-9) {
    return {
      lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
      lng: points.reduce((s, p) => s + p.lng, 0) / points.length,
    };
  }
  const x = cx / (3 * area);
  const y = cy / (3 * area);
  return {
    lat: origin.lat + (y / EARTH_RADIUS_M) * (180 / Math.PI),
    lng: origin.lng + (x / (EARTH_RADIUS_M * Math.cos(toRadians(origin.lat)))) * (180 / Math.PI),
  };
}
