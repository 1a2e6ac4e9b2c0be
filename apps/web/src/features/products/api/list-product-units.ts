import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

const MAX_UNITS = 500;

export type ProductUnit = { id: string; name: string };

/** The UPTs a Kanwil or HQ leader may record products for (those in its scope). */
export async function listProductUnits(signal?: AbortSignal): Promise<ProductUnit[]> {
  const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'upt', limit: MAX_UNITS }, signal });
  return page.items.map((unit) => ({ id: unit.id, name: unit.name }));
}

export function useProductUnits(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['product-units'],
    queryFn: ({ signal }) => listProductUnits(signal),
    staleTime: 10 * 60_000,
  });
}
