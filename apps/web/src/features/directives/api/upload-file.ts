import { ProblemSchema, StoredFileSchema, type StoredFile } from '@selaras/contracts';
import { ApiError, buildUrl, getCsrfToken } from '@/lib/api-client';

export function fileUrl(id: string): string {
  return buildUrl(`/files/${encodeURIComponent(id)}`);
}

export function thumbnailUrl(id: string): string {
  return buildUrl(`/files/${encodeURIComponent(id)}/thumbnail`);
}

function problemOf(xhr: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // Not JSON (a proxy's page, a dropped connection): the status says enough.
  }
  const parsed = ProblemSchema.safeParse(body);
  const status = xhr.status || 0;
  return new ApiError(parsed.success ? parsed.data : { type: 'about:blank', title: xhr.statusText || 'Error', status, code: `http.${status}` });
}

/**
 * Uploads one file as soon as it is picked; XMLHttpRequest rather than fetch because only it
 * reports upload progress (a photo on a slow connection takes a while).
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl('/files'));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status !== 201) return reject(problemOf(xhr));
      try {
        resolve(StoredFileSchema.parse(JSON.parse(xhr.responseText)));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => reject(problemOf(xhr));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}
