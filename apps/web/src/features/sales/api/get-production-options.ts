import { useQuery } from '@tanstack/react-query';
import { ProductionOptionsSchema, type ProductionOptions } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { salesKey } from './keys';

export function getProductionOptions(signal?: AbortSignal): Promise<ProductionOptions> {
  return apiFetch('/production-options', ProductionOptionsSchema, { signal });
}

export function useProductionOptions() {
  return useQuery({ queryKey: [...salesKey, 'production-options'], queryFn: ({ signal }) => getProductionOptions(signal) });
}
