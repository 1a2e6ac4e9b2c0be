import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema, type UnitPage } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { uptOptionsKey } from './keys';

export function listUpts(signal?: AbortSignal): Promise<UnitPage> {
  return apiFetch('/units', UnitPageSchema, { query: { kind: 'upt', limit: 500, offset: 0 }, signal });
}

/** The UPTs in the caller's area: the registers a Kanwil or HQ user may open. */
export function useUptOptions(enabled: boolean) {
  return useQuery({ queryKey: uptOptionsKey, queryFn: ({ signal }) => listUpts(signal), enabled, staleTime: 10 * 60_000 });
}
