import { useQuery } from '@tanstack/react-query';
import { PriceListSchema, type PriceList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { pricesKey } from './keys';

export function getPrices(unitId: string, signal?: AbortSignal): Promise<PriceList> {
  return apiFetch(`/units/${unitId}/prices`, PriceListSchema, { signal });
}

export function usePrices(unitId: string) {
  return useQuery({ queryKey: pricesKey(unitId), queryFn: ({ signal }) => getPrices(unitId, signal) });
}
