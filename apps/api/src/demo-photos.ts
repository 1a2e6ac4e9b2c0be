// Photos drawn for real with sharp: a distinct scene per seed, with the EXIF a phone (or an editor) writes.
// The demo uses them for its campaign evidence, the tests for the evidence checks.
import sharp from 'sharp';

/** Lapas Perempuan Tangerang, roughly: 6°10'30" S, 106°37'12" E. */
export const TANGERANG_GPS = { lat: -6.175, lon: 106.62 };

/** A small deterministic generator: the same seed draws the same scene. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An SVG scene: a sky-and-ground background and a handful of coloured shapes, all placed from the seed. */
function sceneSvg(seed: number, width: number, height: number): string {
  const random = seeded(seed);
  const pick = (min: number, max: number) => Math.round(min + random() * (max - min));
  const colour = () => `hsl(${pick(0, 359)},${pick(35, 90)}%,${pick(20, 80)}%)`;
  const horizon = pick(height * 0.25, height * 0.7);
  const shapes: string[] = [
    `<rect width="${width}" height="${horizon}" fill="${colour()}"/>`,
    `<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="${colour()}"/>`,
  ];
  for (let i = 0; i < 7; i++) {
    const x = pick(0, width);
    const y = pick(0, height);
    const size = pick(width * 0.06, width * 0.25);
    const kind = pick(0, 2);
    if (kind === 0) shapes.push(`<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${colour()}"/>`);
    else if (kind === 1) shapes.push(`<rect x="${x - size / 2}" y="${y - size / 3}" width="${size}" height="${(size * 2) / 3}" fill="${colour()}"/>`);
    else shapes.push(`<polygon points="${x},${y - size / 2} ${x + size / 2},${y + size / 2} ${x - size / 2},${y + size / 2}" fill="${colour()}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`;
}

/** Decimal degrees → EXIF degrees/minutes/seconds rationals and the hemisphere letter. */
export function exifDegrees(value: number, positive: string, negative: string): [string, string] {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 1000);
  return [value < 0 ? negative : positive, `${d}/1 ${m}/1 ${s}/1000`];
}

export type SceneOptions = {
  seed: number;
  width?: number;
  /** Where the camera was; null writes no GPS. Defaults to Tangerang. */
  gps?: { lat: number; lon: number } | null;
  /** EXIF DateTimeOriginal; null writes none. */
  takenAt?: string | null;
  /** EXIF OffsetTimeOriginal; null (the default) writes none, as many phones do. */
  offset?: string | null;
  software?: string;
  /** EXIF ModifyDate (tag DateTime), as an editor rewrites it: 'YYYY:MM:DD HH:mm:ss'. */
  modifiedAt?: string;
};

/** A photo of a distinct scene per seed (4:3), with the EXIF a phone or an editor would write. */
export function sceneJpeg(opts: SceneOptions): Promise<Buffer> {
  const width = opts.width ?? 1200;
  const height = Math.round((width * 3) / 4);
  const gps = opts.gps === undefined ? TANGERANG_GPS : opts.gps;
  const takenAt = opts.takenAt === undefined ? '2025:09:09 08:15:00' : opts.takenAt;
  const ifd0: Record<string, string> = { Make: 'Samsung', Model: 'SM-A155F', Software: opts.software ?? 'A155FXXU1' };
  if (opts.modifiedAt) ifd0.DateTime = opts.modifiedAt;
  const ifd2: Record<string, string> = {};
  if (takenAt) ifd2.DateTimeOriginal = takenAt;
  if (takenAt && opts.offset) ifd2.OffsetTimeOriginal = opts.offset;
  const ifd3: Record<string, string> = {};
  if (gps) {
    [ifd3.GPSLatitudeRef, ifd3.GPSLatitude] = exifDegrees(gps.lat, 'N', 'S');
    [ifd3.GPSLongitudeRef, ifd3.GPSLongitude] = exifDegrees(gps.lon, 'E', 'W');
  }
  return sharp(Buffer.from(sceneSvg(opts.seed, width, height)))
    .withExif({ IFD0: ifd0, IFD2: ifd2, IFD3: ifd3 })
    .jpeg({ quality: 88 })
    .toBuffer();
}
