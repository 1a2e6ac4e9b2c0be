import { useQuery } from '@tanstack/react-query';
import { IncidentCatalogueSchema, type IncidentCatalogue } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { incidentCatalogueKey } from './keys';

export function getIncidentCatalogue(signal?: AbortSignal): Promise<IncidentCatalogue> {
  return apiFetch('/incident-catalogue', IncidentCatalogueSchema, { signal });
}

/** Categories, severities and SOPs change rarely; one load serves the board filters and the report form. */
export function useIncidentCatalogue() {
  return useQuery({
    queryKey: incidentCatalogueKey,
    queryFn: ({ signal }) => getIncidentCatalogue(signal),
    staleTime: 10 * 60_000,
  });
}
