import sharp from 'sharp';

const SIDE = 32;
const LOW = 8;

// cos((2x + 1)uπ / 2N) for the 8 lowest frequencies u over the 32 samples x: the DCT-II basis the hash needs.
const BASIS: Float64Array[] = Array.from({ length: LOW }, (_, u) =>
  Float64Array.from({ length: SIDE }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIDE))),
);

/** The 8×8 lowest DCT-II coefficients of a 32×32 greyscale image (rows then columns; scale does not matter here). */
function lowFrequencies(pixels: Float64Array): number[] {
  const rows: Float64Array[] = BASIS.map(() => new Float64Array(SIDE));
  for (let u = 0; u < LOW; u++) {
    const basis = BASIS[u] as Float64Array;
    const out = rows[u] as Float64Array;
    for (let y = 0; y < SIDE; y++) {
      let sum = 0;
      for (let x = 0; x < SIDE; x++) sum += (pixels[y * SIDE + x] as number) * (basis[x] as number);
      out[y] = sum;
    }
  }
  const coefficients: number[] = [];
  for (let v = 0; v < LOW; v++) {
    const basis = BASIS[v] as Float64Array;
    for (let u = 0; u < LOW; u++) {
      const row = rows[u] as Float64Array;
      let sum = 0;
      for (let y = 0; y < SIDE; y++) sum += (row[y] as number) * (basis[y] as number);
      coefficients.push(sum);
    }
  }
  return coefficients;
}

/**
 * A 64-bit perceptual hash (DCT pHash): the picture upright, greyscale, squeezed to 32×32; each of the
 * 63 lowest non-DC DCT coefficients gives one bit, set when it lies above their median (the lowest bit, DC's, stays 0).
 * Re-encoded, resized or lightly cropped copies land a few bits apart; different scenes about half the bits.
 * Returned signed, as PostgreSQL's bigint stores it; null when the image cannot be decoded.
 */
export async function perceptualHash(bytes: Buffer): Promise<bigint | null> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .greyscale()
      .resize(SIDE, SIDE, { fit: 'fill', kernel: 'cubic' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixels = new Float64Array(SIDE * SIDE);
    for (let i = 0; i < pixels.length; i++) pixels[i] = data[i * info.channels] as number;
    const ac = lowFrequencies(pixels).slice(1);
    const sorted = [...ac].sort((a, b) => a - b);
    const median = sorted[(sorted.length - 1) / 2] as number;
    let hash = 0n;
    for (const coefficient of ac) hash = (hash << 1n) | (coefficient > median ? 1n : 0n);
    return BigInt.asIntN(64, hash << 1n);
  } catch {
    return null;
  }
}

/** How many of the 64 bits two hashes differ in. */
export function hammingDistance(a: bigint, b: bigint): number {
  let rest = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (rest !== 0n) {
    rest &= rest - 1n;
    count++;
  }
  return count;
}
