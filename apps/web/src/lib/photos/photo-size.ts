/** The long side, in pixels, of a photo sent from the field: enough to read a banner, small on a slow link. */
export const MAX_PHOTO_SIDE = 1600;
/** A photo already within the long side but heavier than this is re-encoded all the same. */
export const MAX_PHOTO_BYTES = 600 * 1024;

/** Whether a photo is worth re-encoding: too many pixels or too many bytes. */
export function shouldCompress(bytes: number, width: number, height: number): boolean {
  return Math.max(width, height) > MAX_PHOTO_SIDE || bytes > MAX_PHOTO_BYTES;
}

/** The size that fits the long side into `maxSide`, keeping the proportions; never enlarged. */
export function scaledSize(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The name of the re-encoded copy: the same, ending in .jpg. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '');
  return `${base || 'foto'}.jpg`;
}
