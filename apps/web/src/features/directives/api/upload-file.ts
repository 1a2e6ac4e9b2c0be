import type { StoredFile } from '@selaras/contracts';
import { buildUrl } from '@/lib/api-client';
import { compressPhoto } from '@/lib/photos/compress-photo';
import { uploadResumable } from '@/lib/uploads/resumable-upload';

export function fileUrl(id: string): string {
  return buildUrl(`/files/${encodeURIComponent(id)}`);
}

export function thumbnailUrl(id: string): string {
  return buildUrl(`/files/${encodeURIComponent(id)}/thumbnail`);
}

/**
 * Uploads one file as soon as it is picked: a photo is first shrunk on the device (keeping its GPS
 * and capture time), then everything goes in resumable chunks that survive a dropped connection.
 */
export async function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<StoredFile> {
  const upload = await compressPhoto(file);
  return uploadResumable(upload, upload.name, { onProgress, signal });
}
