import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import type { SelectOption } from '@/components/ui';
import { usersKey } from './keys';

const MAX_UNITS = 500;

export const unitOptionsKey = [...usersKey, 'unit-options'] as const;

/** The units a position may be placed in: those in the caller's scope, as select options. */
export async function listUnitOptions(signal?: AbortSignal): Promise<SelectOption[]> {
  const page = await apiFetch('/units', UnitPageSchema, { query: { limit: MAX_UNITS }, signal });
  return page.items.map((unit) => ({ value: unit.id, label: unit.name }));
}

export function useUnitOptions() {
  return useQuery({
    queryKey: unitOptionsKey,
    queryFn: ({ signal }) => listUnitOptions(signal),
    staleTime: 5 * 60_000,
  });
}
