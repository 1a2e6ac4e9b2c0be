import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CampaignSchema, type Campaign, type CreateCampaignBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignsKey } from './keys';

/** Creates the campaign and issues its directive to the target units in one step. */
export function createCampaign(body: CreateCampaignBody): Promise<Campaign> {
  return apiFetch('/campaigns', CampaignSchema, { method: 'POST', body });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKey }),
  });
}
