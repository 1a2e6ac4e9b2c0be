import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CommunitySummarySchema, type CommunitySummary, type CommunitySummaryQuery } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { communityKey } from './outcome-keys';

/** Totals by kind and by Kanwil (HQ) or unit over the caller's subtree. */
export function getCommunitySummary(query: CommunitySummaryQuery, signal?: AbortSignal): Promise<CommunitySummary> {
  return apiFetch('/community-activities/summary', CommunitySummarySchema, { query, signal });
}

export function useCommunitySummary(query: CommunitySummaryQuery) {
  return useQuery({
    queryKey: [...communityKey, 'summary', query],
    queryFn: ({ signal }) => getCommunitySummary(query, signal),
    placeholderData: keepPreviousData,
  });
}
