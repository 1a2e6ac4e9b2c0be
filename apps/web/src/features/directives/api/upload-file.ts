import type { StoredFile } from '@selaras/contracts';
import { buildUrl } from '@/lib/api-client';
import { uploadResumable } from '@/lib/uploads/resumable-upload';

export function fileUrl(id: string): string {
  return buildUrl(`/files/${encodeURIComponent(id)}`);
}

export function thumbnailUrl(id: string): string {
  return buildUrl(`/files/${encodeURIComponent(id)}/thumbnail`);
}

/** Uploads one file in resumable chunks that survive a dropped connection. */
export function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<StoredFile> {
  return uploadResumable(file, file.name, { onProgress, signal });
}
