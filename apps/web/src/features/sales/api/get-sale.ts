import { useQuery } from '@tanstack/react-query';
import { SaleSchema, type Sale } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { saleKey } from './keys';

export function getSale(id: string, signal?: AbortSignal): Promise<Sale> {
  return apiFetch(`/sales/${encodeURIComponent(id)}`, SaleSchema, { signal });
}

export function useSale(id: string) {
  return useQuery({ queryKey: saleKey(id), queryFn: ({ signal }) => getSale(id, signal) });
}
