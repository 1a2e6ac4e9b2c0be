import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { UnitDetailSchema, UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { directivesKey } from './keys';
import type { UnitOption } from './list-kanwil-options';

const RESULTS = 20;

export function unitNameKey(unitId: string) {
  return [...directivesKey, 'unit-name', unitId] as const;
}

/** Units in scope whose name, code or city matches, to pick targets one by one. */
export async function searchUnits(q: string, signal?: AbortSignal): Promise<UnitOption[]> {
  const page = await apiFetch('/units', UnitPageSchema, { query: { q, limit: RESULTS }, signal });
  return page.items.map((unit) => ({ id: unit.id, name: unit.name }));
}

export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: [...directivesKey, 'unit-search', q],
    queryFn: ({ signal }) => searchUnits(q, signal),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The name of a chosen unit (for a draft restored after a reload, when only ids were kept). */
export function useUnitName(unitId: string) {
  return useQuery({
    queryKey: unitNameKey(unitId),
    queryFn: async ({ signal }) =>
      (await apiFetch(`/units/${encodeURIComponent(unitId)}`, UnitDetailSchema, { signal })).name,
    staleTime: Infinity,
  });
}
