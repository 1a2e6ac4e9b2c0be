import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IncidentMapSchema, type IncidentMap, type IncidentStatsQuery } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export const incidentMapKey = ['incidents', 'map'] as const;

/** One point per unit with coordinates and incidents: total, open, open and serious. */
export function getIncidentMap(query: IncidentStatsQuery, signal?: AbortSignal): Promise<IncidentMap> {
  return apiFetch('/incidents/map', IncidentMapSchema, { query, signal });
}

export function useIncidentMap(query: IncidentStatsQuery) {
  return useQuery({
    queryKey: [...incidentMapKey, query],
    queryFn: ({ signal }) => getIncidentMap(query, signal),
    placeholderData: keepPreviousData,
  });
}
