import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  SiteCheckSchema,
  SiteListSchema,
  SiteSchema,
  type CreateSiteBody,
  type Site,
  type UpdateSiteBody,
} from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch, apiSend } from '@/lib/api-client';
import { campaignPartKey, campaignPartsKey, campaignPath } from './keys';

type MetricValues = Record<string, number | boolean | string>;
export type SiteCheckInput = { alive: number; dead: number; replanted: number; notes?: string };

/** The sites of a unit (the caller's own unit when left out). */
export function listSites(campaignId: string, unitId: string | undefined, signal?: AbortSignal) {
  return apiFetch(campaignPath(campaignId, '/sites'), SiteListSchema, { query: { unitId }, signal });
}

export function useSites(campaignId: string, unitId?: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: campaignPartKey(campaignId, 'sites', unitId),
    queryFn: ({ signal }) => listSites(campaignId, unitId, signal),
  });
}

function useInvalidateCampaign(campaignId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) });
}

export function useCreateSite(campaignId: string) {
  const onSuccess = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: (body: CreateSiteBody) =>
      apiFetch(campaignPath(campaignId, '/sites'), SiteSchema, { method: 'POST', body }),
    onSuccess,
  });
}

/** Changes what a site is (name, place, land, plan, partners, notes) while the unit's report is not in. */
export function useUpdateSite(campaignId: string) {
  const onSuccess = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: ({ siteId, body }: { siteId: string; body: UpdateSiteBody }): Promise<Site> =>
      apiFetch(campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}`), SiteSchema, { method: 'PATCH', body }),
    onSuccess,
  });
}

/** The per-site metric values (seedlings planted, hectares…), summed into the unit's report. */
export function useSaveSiteResults(campaignId: string) {
  const onSuccess = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: ({ siteId, values }: { siteId: string; values: MetricValues }): Promise<Site> =>
      apiFetch(campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}/results`), SiteSchema, {
        method: 'PUT',
        body: { values },
      }),
    onSuccess,
  });
}

export function useSaveSiteCheck(campaignId: string) {
  const onSuccess = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: ({
      siteId,
      window,
      body,
    }: {
      siteId: string;
      window: number;
      body: SiteCheckInput;
    }): Promise<z.infer<typeof SiteCheckSchema>> =>
      apiFetch(campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}/checks/${window}`), SiteCheckSchema, {
        method: 'PUT',
        body,
      }),
    onSuccess,
  });
}

export function useRemoveSite(campaignId: string) {
  const onSuccess = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: (siteId: string) =>
      apiSend(campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}`), { method: 'DELETE' }),
    onSuccess,
  });
}
