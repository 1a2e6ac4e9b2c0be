import { useQuery } from '@tanstack/react-query';
import { CampaignListSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignsKey } from './keys';

export function listCampaigns(signal?: AbortSignal) {
  return apiFetch('/campaigns', CampaignListSchema, { signal });
}

export function useCampaignList() {
  return useQuery({ queryKey: [...campaignsKey, 'list'], queryFn: ({ signal }) => listCampaigns(signal) });
}
