import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IncidentStatsSchema, type IncidentStats, type IncidentStatsQuery } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export const incidentStatsKey = ['incidents', 'stats'] as const;

/** Counts by category, by Kanwil (HQ) or unit, and by WIB month over the caller's subtree. */
export function getIncidentStats(query: IncidentStatsQuery, signal?: AbortSignal): Promise<IncidentStats> {
  return apiFetch('/incidents/stats', IncidentStatsSchema, { query, signal });
}

export function useIncidentStats(query: IncidentStatsQuery) {
  return useQuery({
    queryKey: [...incidentStatsKey, query],
    queryFn: ({ signal }) => getIncidentStats(query, signal),
    placeholderData: keepPreviousData,
  });
}
