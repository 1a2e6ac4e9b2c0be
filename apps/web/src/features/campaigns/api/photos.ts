import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CampaignPhotoSchema, StoredFileSchema, type CampaignPhoto, type StoredFile } from '@selaras/contracts';
import { apiFetch, apiSend, buildUrl } from '@/lib/api-client';
import { campaignPartsKey, campaignPath } from './keys';

export function thumbnailUrl(fileId: string): string {
  return buildUrl(`/files/${encodeURIComponent(fileId)}/thumbnail`);
}

export function fileUrl(fileId: string): string {
  return buildUrl(`/files/${encodeURIComponent(fileId)}`);
}

/** Stores the photo as a file first (multipart field "file"); the site attaches it next. */
export function uploadFile(file: File): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiFetch('/files', StoredFileSchema, { method: 'POST', body });
}

/** A photo of the event day, or with `monitoringWindow` one taken at that monitoring check. */
type AttachInput = { siteId: string; file: File; showsFaces: boolean; monitoringWindow?: number };

/** Uploads and attaches one photo; the server reads its EXIF and flags what a verifier should look at. */
export async function addSitePhoto(
  campaignId: string,
  { siteId, file, showsFaces, monitoringWindow }: AttachInput,
): Promise<CampaignPhoto> {
  const stored = await uploadFile(file);
  const phase =
    monitoringWindow === undefined ? { phase: 'acara' as const } : { phase: 'pemantauan' as const, monitoringWindow };
  return apiFetch(campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}/photos`), CampaignPhotoSchema, {
    method: 'POST',
    body: { fileId: stored.id, showsFaces, ...phase },
  });
}

export function useAddSitePhoto(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttachInput) => addSitePhoto(campaignId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}

export function useSetPhotoFaces(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ photoId, showsFaces }: { photoId: string; showsFaces: boolean }) =>
      apiFetch(campaignPath(campaignId, `/photos/${encodeURIComponent(photoId)}`), CampaignPhotoSchema, {
        method: 'PATCH',
        body: { showsFaces },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}

export function useRemovePhoto(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) =>
      apiSend(campaignPath(campaignId, `/photos/${encodeURIComponent(photoId)}`), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}
