import { useQuery } from '@tanstack/react-query';
import { InmateSummarySchema, type InmateSummary } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { inmatePath, outcomeSummaryKey } from './outcome-keys';

/** The inmate's programmes, hours and certificates; `names` asks for the name (audited on the server). */
export function getInmateSummary(inmateId: string, names: boolean, signal?: AbortSignal): Promise<InmateSummary> {
  return apiFetch(inmatePath(inmateId, '/summary'), InmateSummarySchema, { query: names ? { names: 'true' } : {}, signal });
}

export function useInmateSummary(inmateId: string, names: boolean) {
  return useQuery({
    queryKey: outcomeSummaryKey(inmateId, names),
    queryFn: ({ signal }) => getInmateSummary(inmateId, names, signal),
    // A read with names is audited: no background refresh of it.
    staleTime: names ? Infinity : 30_000,
    refetchOnWindowFocus: !names,
  });
}
