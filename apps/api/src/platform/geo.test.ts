import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centroidOf, distanceMeters, distanceToShape, pointInPolygon, type GeoShape } from './geo.js';

const near = (actual: number, expected: number, tolerance: number, label = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${label} ${actual} is not ${expected} ± ${tolerance}`);

test('haversine distances match known ones', () => {
  near(distanceMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }), 111_195, 5, 'one degree on the equator');
  near(distanceMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 }), 111_195, 5, 'one degree of latitude');
  // Monas (Jakarta) to Gedung Sate (Bandung): about 119 km in a straight line.
  near(
    distanceMeters({ lat: -6.1754, lng: 106.8272 }, { lat: -6.9025, lng: 107.6188 }),
    119_000,
    3_000,
    'Jakarta–Bandung',
  );
  assert.equal(distanceMeters({ lat: -6.2, lng: 106.8 }, { lat: -6.2, lng: 106.8 }), 0);
});

// A square of about 1.1 km a side in Tangerang.
const square: GeoShape = {
  kind: 'polygon',
  points: [
    { lat: -6.18, lng: 106.61 },
    { lat: -6.18, lng: 106.62 },
    { lat: -6.17, lng: 106.62 },
    { lat: -6.17, lng: 106.61 },
  ],
};

test('a point is inside or outside a polygon, concave ones included', () => {
  const points = square.kind === 'polygon' ? square.points : [];
  assert.equal(pointInPolygon({ lat: -6.175, lng: 106.615 }, points), true);
  assert.equal(pointInPolygon({ lat: -6.165, lng: 106.615 }, points), false);
  const ell = [
    { lat: 0, lng: 0 },
    { lat: 0, lng: 2 },
    { lat: 1, lng: 2 },
    { lat: 1, lng: 1 },
    { lat: 2, lng: 1 },
    { lat: 2, lng: 0 },
  ];
  assert.equal(pointInPolygon({ lat: 0.5, lng: 1.5 }, ell), true);
  assert.equal(pointInPolygon({ lat: 1.5, lng: 1.5 }, ell), false, 'the notch of the L');
  assert.equal(pointInPolygon({ lat: 1.5, lng: 0.5 }, ell), true);
});

test('distance to a shape: to the point, 0 inside a polygon, to the nearest edge outside', () => {
  const site: GeoShape = { kind: 'point', lat: -6.175, lng: 106.62 };
  near(distanceToShape({ lat: -6.175, lng: 106.62 }, site), 0, 0.001);
  near(distanceToShape({ lat: -6.184, lng: 106.62 }, site), 1_000.7, 1, '0.009° south');
  assert.equal(distanceToShape({ lat: -6.175, lng: 106.615 }, square), 0);
  // 0.001° of latitude north of the north edge: about 111 m.
  near(distanceToShape({ lat: -6.169, lng: 106.615 }, square), 111.2, 0.5, 'north of the square');
  // Beyond the north-east corner, the nearest point is the corner itself.
  const corner = distanceMeters({ lat: -6.169, lng: 106.621 }, { lat: -6.17, lng: 106.62 });
  near(distanceToShape({ lat: -6.169, lng: 106.621 }, square), corner, 0.5, 'off the corner');
});

test('the centroid of a point is itself, of a polygon its middle', () => {
  assert.deepEqual(centroidOf({ kind: 'point', lat: -6.1, lng: 106.6 }), { lat: -6.1, lng: 106.6 });
  const c = centroidOf(square);
  near(c.lat, -6.175, 1e-6, 'lat');
  near(c.lng, 106.615, 1e-6, 'lng');
  // An L-shape's centroid is pulled towards its heavier arm, not the mean of its corners.
  const ell = centroidOf({
    kind: 'polygon',
    points: [
      { lat: 0, lng: 0 },
      { lat: 0, lng: 0.02 },
      { lat: 0.01, lng: 0.02 },
      { lat: 0.01, lng: 0.01 },
      { lat: 0.02, lng: 0.01 },
      { lat: 0.02, lng: 0 },
    ],
  });
  near(ell.lat, 0.008333, 1e-5, 'L lat');
  near(ell.lng, 0.008333, 1e-5, 'L lng');
});
