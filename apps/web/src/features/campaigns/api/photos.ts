import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CampaignPhotoSchema, type CampaignPhoto, type StoredFile } from '@selaras/contracts';
import { apiFetch, apiSend, buildUrl } from '@/lib/api-client';
import { compressPhoto } from '@/lib/photos/compress-photo';
import { uploadResumable } from '@/lib/uploads/resumable-upload';
import { campaignPartsKey, campaignPath } from './keys';

export function thumbnailUrl(fileId: string): string {
  return buildUrl(`/files/${encodeURIComponent(fileId)}/thumbnail`);
}

export function fileUrl(fileId: string): string {
  return buildUrl(`/files/${encodeURIComponent(fileId)}`);
}

/** Stores the photo as a file first, shrunk on the device and sent in resumable chunks; the site attaches it next. */
export async function uploadFile(file: File, onProgress?: (fraction: number) => void): Promise<StoredFile> {
  const photo = await compressPhoto(file);
  return uploadResumable(photo, photo.name, { onProgress });
}

/** A photo of the event day, or with `monitoringWindow` one taken at that monitoring check. */
type AttachInput = { siteId: string; file: File; showsFaces: boolean; monitoringWindow?: number; onProgress?: (fraction: number) => void };

/** Uploads and attaches one photo; the server reads its EXIF and flags what a verifier should look at. */
export async function addSitePhoto(
  campaignId: string,
  { siteId, file, showsFaces, monitoringWindow, onProgress }: AttachInput,
): Promise<CampaignPhoto> {
  const stored = await uploadFile(file, onProgress);
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
