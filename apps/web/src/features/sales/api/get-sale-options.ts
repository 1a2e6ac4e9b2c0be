import { useQuery } from '@tanstack/react-query';
import { SaleOptionsSchema, type SaleOptions } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { saleOptionsKey } from './keys';

export function getSaleOptions(signal?: AbortSignal): Promise<SaleOptions> {
  return apiFetch('/sale-options', SaleOptionsSchema, { signal });
}

export function useSaleOptions() {
  return useQuery({ queryKey: saleOptionsKey, queryFn: ({ signal }) => getSaleOptions(signal) });
}
