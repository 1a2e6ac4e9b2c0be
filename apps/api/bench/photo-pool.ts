// Field photos for the campaign benchmark: one distinct ~300 KB scene per unit (1600×1200, JPEG
// quality 85) carrying the GPS of that unit's site and a capture time on the event day, as a phone
// writes them. Each upload is a variant of its unit's scene with its own capture time, so no two
// uploads share bytes while the pool stays small enough to build in seconds.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { exifDegrees } from '../src/demo-photos.js';

const WIDTH = 1600;
const HEIGHT = 1200;
/** Coarse colour blotches (1/16 of the frame) plus a fine grain: compresses to ~300 KB at quality 85. */
const BLOTCH_SCALE = 16;
const GRAIN = 7;
/** Variants shift the capture time by one second each, inside a 07.00–12.00 window. */
const FIRST_CAPTURE = '07:00:00';
const VARIANTS_PER_SCENE = 5 * 3600;

export type PhotoSpot = { lat: number; lng: number };
type Scene = { bytes: Buffer; captureOffset: number };
export type PhotoPool = { scenes: Scene[]; eventDate: string; meanBytes: number };


const exifTime = (date: string, time: string) => `${date.replaceAll('-', ':')} ${time}`;

async function scenePixels(): Promise<Buffer> {
  const w = WIDTH / BLOTCH_SCALE;
  const h = HEIGHT / BLOTCH_SCALE;
  const pixels = await sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  const grain = randomBytes(pixels.length);
  // A clamped view rounds and bounds each channel on assignment, much faster than Math calls per byte.
  const out = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) * 0.6 + 60 + (((grain[i] ?? 128) - 128) * GRAIN) / 128;
  return pixels;
}

async function scene(spot: PhotoSpot, eventDate: string): Promise<Scene> {
  const taken = exifTime(eventDate, FIRST_CAPTURE);
  const [latRef, lat] = exifDegrees(spot.lat, 'N', 'S');
  const [lonRef, lon] = exifDegrees(spot.lng, 'E', 'W');
  const bytes = await sharp(await scenePixels(), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-A155F', Software: 'A155FXXU1' },
      // No offset, as many phones write it: the time is read on the unit's own clock.
      IFD2: { DateTimeOriginal: taken },
      IFD3: { GPSLatitudeRef: latRef, GPSLatitude: lat, GPSLongitudeRef: lonRef, GPSLongitude: lon },
    })
    .jpeg({ quality: 85 })
    .toBuffer();
  const captureOffset = bytes.subarray(0, 4096).indexOf(Buffer.from(taken, 'latin1'));
  if (captureOffset < 0) throw new Error('the capture time is missing from the generated EXIF');
  return { bytes, captureOffset };
}

/** One scene per spot, built a few at a time. */
export async function buildPhotoPool(spots: PhotoSpot[], eventDate: string): Promise<PhotoPool> {
  const scenes: Scene[] = [];
  for (let i = 0; i < spots.length; i += 4) {
    scenes.push(...(await Promise.all(spots.slice(i, i + 4).map((spot) => scene(spot, eventDate)))));
  }
  const meanBytes = scenes.reduce((sum, s) => sum + s.bytes.length, 0) / Math.max(1, scenes.length);
  return { scenes, eventDate, meanBytes };
}

/** The most uploads a pool of `scenes` scenes can produce with distinct bytes. */
export const poolCapacity = (scenes: number) => scenes * VARIANTS_PER_SCENE;

/** Upload number `n` of scene `sceneIndex`: the scene's bytes with the capture time moved on by `n` seconds. */
export function photoVariant(pool: PhotoPool, sceneIndex: number, n: number): Buffer {
  const base = pool.scenes[sceneIndex];
  if (!base) throw new Error(`no scene ${sceneIndex} in the pool`);
  if (n >= VARIANTS_PER_SCENE) throw new Error(`scene ${sceneIndex} has no variant ${n}`);
  const seconds = 7 * 3600 + n;
  const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((v) => String(v).padStart(2, '0'))
    .join(':');
  const bytes = Buffer.from(base.bytes);
  bytes.write(exifTime(pool.eventDate, time), base.captureOffset, 'latin1');
  return bytes;
}
