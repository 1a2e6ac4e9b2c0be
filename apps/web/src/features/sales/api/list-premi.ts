import { useQuery } from '@tanstack/react-query';
import { PremiListSchema, type PremiList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { premiListKey } from './keys';

export function listPremi(names: boolean, signal?: AbortSignal): Promise<PremiList> {
  return apiFetch('/premi', PremiListSchema, { query: { limit: 500, names: names ? 'true' : undefined }, signal });
}

export function usePremiList(names: boolean) {
  return useQuery({ queryKey: premiListKey(names), queryFn: ({ signal }) => listPremi(names, signal) });
}
