import { carryExif } from './jpeg-exif';
import { jpegName, scaledSize, shouldCompress } from './photo-size';

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const JPEG_QUALITY = 0.8;

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob | null> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
}

async function decode(file: File): Promise<ImageBitmap | null> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
}

/**
 * Makes a photo small enough for a slow link before it is stored or sent: at most 1600 px on the
 * long side, JPEG at quality 0.8, with the original's EXIF (GPS, capture time, device) carried
 * over so the server's checks still see where and when it was taken. The original is kept when
 * it is not a photo, cannot be decoded, or would not get smaller.
 */
export async function compressPhoto(file: File): Promise<File> {
  if (file.type !== '' && !PHOTO_TYPES.has(file.type)) return file;
  const bitmap = await decode(file);
  if (!bitmap) return file;
  try {
    if (!shouldCompress(file.size, bitmap.width, bitmap.height)) return file;
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const encoded = await encodeJpeg(bitmap, width, height);
    if (!encoded) return file;
    const original = new Uint8Array(await file.arrayBuffer());
    const bytes = carryExif(original, new Uint8Array(await encoded.arrayBuffer()));
    if (bytes.length >= file.size) return file;
    return new File([new Uint8Array(bytes)], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file;
  } finally {
    bitmap.close();
  }
}
