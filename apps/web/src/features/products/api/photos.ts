import { StoredFileSchema, type StoredFile } from '@selaras/contracts';
import { apiFetch, buildUrl } from '@/lib/api-client';

export function thumbnailUrl(fileId: string): string {
  return buildUrl(`/files/${encodeURIComponent(fileId)}/thumbnail`);
}

export function fileUrl(fileId: string): string {
  return buildUrl(`/files/${encodeURIComponent(fileId)}`);
}

/** Stores a photo through the files API (multipart field "file"); the product then lists its id. */
export function uploadPhoto(file: File): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiFetch('/files', StoredFileSchema, { method: 'POST', body });
}
