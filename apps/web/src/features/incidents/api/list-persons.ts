import { useQuery } from '@tanstack/react-query';
import { IncidentPersonListSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { incidentPath, incidentPersonsKey } from './keys';

export type IncidentPersonList = z.infer<typeof IncidentPersonListSchema>;

/** Named persons; every read is audited, so the page asks only when the user chooses to see them. */
export function listPersons(incidentId: string, signal?: AbortSignal): Promise<IncidentPersonList> {
  return apiFetch(incidentPath(incidentId, '/persons'), IncidentPersonListSchema, { signal });
}

export function usePersons(incidentId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: incidentPersonsKey(incidentId),
    queryFn: ({ signal }) => listPersons(incidentId, signal),
    // No background refresh: each read is an audited look at names.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
