import { useQuery } from '@tanstack/react-query';
import { OpenSeriousSchema, type OpenSerious } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export const openSeriousKey = ['incidents', 'open-serious'] as const;

/** Open serious incidents in the caller's subtree, newest first (at most 20). */
export function getOpenSerious(signal?: AbortSignal): Promise<OpenSerious> {
  return apiFetch('/incidents/open-serious', OpenSeriousSchema, { signal });
}

/** Refreshed every minute while the page is open: the banner is how leaders learn of a new incident. */
export function useOpenSerious(enabled: boolean) {
  return useQuery({
    queryKey: openSeriousKey,
    queryFn: ({ signal }) => getOpenSerious(signal),
    enabled,
    refetchInterval: 60_000,
  });
}
