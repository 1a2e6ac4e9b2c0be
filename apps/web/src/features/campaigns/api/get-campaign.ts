import { useQuery } from '@tanstack/react-query';
import { CampaignSchema, type Campaign } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignKey, campaignPath } from './keys';

export function getCampaign(campaignId: string, signal?: AbortSignal): Promise<Campaign> {
  return apiFetch(campaignPath(campaignId), CampaignSchema, { signal });
}

export function useCampaign(campaignId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: campaignKey(campaignId),
    queryFn: ({ signal }) => getCampaign(campaignId, signal),
  });
}
