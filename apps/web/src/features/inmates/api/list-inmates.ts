import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { InmateListSchema, type InmateList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { inmateListKey, type InmateFilter } from './keys';

export function listInmates(filter: InmateFilter, names: boolean, signal?: AbortSignal): Promise<InmateList> {
  return apiFetch('/inmates', InmateListSchema, { query: { ...filter, names: names ? 'true' : undefined }, signal });
}

/** The register; with names it is read once per request the person makes (each read is recorded). */
export function useInmateList(filter: InmateFilter, names: boolean) {
  return useQuery({
    queryKey: inmateListKey(filter, names),
    queryFn: ({ signal }) => listInmates(filter, names, signal),
    placeholderData: keepPreviousData,
    staleTime: names ? Infinity : 30_000,
    refetchOnWindowFocus: !names,
  });
}
