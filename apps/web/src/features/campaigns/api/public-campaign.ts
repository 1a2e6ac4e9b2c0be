import { useQuery } from '@tanstack/react-query';
import { PublicCampaignSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch, buildUrl } from '@/lib/api-client';
import { campaignsKey } from './keys';

export type PublicCampaign = z.infer<typeof PublicCampaignSchema>;

/** The public impact page's figures: no sign-in, nothing personal. */
export function usePublicCampaign(campaignId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...campaignsKey, 'public', campaignId],
    queryFn: ({ signal }) =>
      apiFetch(`/public/campaigns/${encodeURIComponent(campaignId)}`, PublicCampaignSchema, { signal }),
  });
}

/** A published photo, served without its EXIF. */
export function publicPhotoUrl(campaignId: string, fileId: string): string {
  return buildUrl(`/public/campaigns/${encodeURIComponent(campaignId)}/photos/${encodeURIComponent(fileId)}`);
}
