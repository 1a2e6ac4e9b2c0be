import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IncidentListSchema, type IncidentList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { incidentListKey, type IncidentFilter } from './keys';

export function listIncidents(filter: IncidentFilter, signal?: AbortSignal): Promise<IncidentList> {
  return apiFetch('/incidents', IncidentListSchema, { query: { ...filter }, signal });
}

/** The board; refreshed every minute so a new report shows up without a reload. */
export function useIncidentList(filter: IncidentFilter) {
  return useQuery({
    queryKey: incidentListKey(filter),
    queryFn: ({ signal }) => listIncidents(filter, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
