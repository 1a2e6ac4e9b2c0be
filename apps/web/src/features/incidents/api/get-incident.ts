import { useQuery } from '@tanstack/react-query';
import { IncidentSchema, type Incident } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { incidentKey, incidentPath } from './keys';

/** An incident moves fast: the page asks again every 15 seconds so escalations and new figures appear. */
export const INCIDENT_REFRESH_MS = 15_000;

export function getIncident(incidentId: string, signal?: AbortSignal): Promise<Incident> {
  return apiFetch(incidentPath(incidentId), IncidentSchema, { signal });
}

export function useIncident(incidentId: string) {
  return useQuery({
    queryKey: incidentKey(incidentId),
    queryFn: ({ signal }) => getIncident(incidentId, signal),
    refetchInterval: INCIDENT_REFRESH_MS,
  });
}
