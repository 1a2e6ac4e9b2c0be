import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { OverviewSchema, type Overview } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export type OverviewFilter = { directiveId?: string; tag?: string };

export const overviewKey = ['overview'] as const;

/** The dashboard of the caller's subtree (HQ national, a Kanwil its UPTs, a UPT itself). */
export function getOverview(filter: OverviewFilter, signal?: AbortSignal): Promise<Overview> {
  return apiFetch('/overview', OverviewSchema, { query: filter, signal });
}

export function useOverview(filter: OverviewFilter) {
  return useQuery({
    queryKey: [...overviewKey, filter],
    queryFn: ({ signal }) => getOverview(filter, signal),
    placeholderData: keepPreviousData,
  });
}
