import { useQuery } from '@tanstack/react-query';
import { IncidentCatalogueSchema, type IncidentCatalogue } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { catalogueKey } from './keys';

export function getIncidentCatalogue(signal?: AbortSignal): Promise<IncidentCatalogue> {
  return apiFetch('/incident-catalogue', IncidentCatalogueSchema, { signal });
}

export function useIncidentCatalogue() {
  return useQuery({ queryKey: [...catalogueKey, 'all'], queryFn: ({ signal }) => getIncidentCatalogue(signal) });
}
