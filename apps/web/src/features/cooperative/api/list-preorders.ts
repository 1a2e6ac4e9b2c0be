import { useQuery } from '@tanstack/react-query';
import { PreorderHistorySchema, type PreorderHistory } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { preordersKey } from './keys';

/** The last 8 weeks including the coming one. */
export function listPreorders(unitId: string, signal?: AbortSignal): Promise<PreorderHistory> {
  return apiFetch(`/units/${unitId}/preorders`, PreorderHistorySchema, { query: { weeks: 8 }, signal });
}

export function usePreorders(unitId: string) {
  return useQuery({ queryKey: preordersKey(unitId), queryFn: ({ signal }) => listPreorders(unitId, signal) });
}
