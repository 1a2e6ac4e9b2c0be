import { useQuery } from '@tanstack/react-query';
import { SaleListSchema, type SaleList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { saleListKey } from './keys';

export type SalesFilter = { from?: string; to?: string; channel?: string };

export function listSales(filter: SalesFilter, signal?: AbortSignal): Promise<SaleList> {
  return apiFetch('/sales', SaleListSchema, { query: { ...filter, limit: 100 }, signal });
}

export function useSaleList(filter: SalesFilter) {
  return useQuery({ queryKey: saleListKey(filter), queryFn: ({ signal }) => listSales(filter, signal) });
}
