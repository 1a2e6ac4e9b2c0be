import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { directivesKey } from './keys';

export type UnitOption = { id: string; name: string };

// 33 Kanwil today; the limit leaves room for the list to change.
const MAX_KANWIL = 100;

/** The Kanwil in the caller's scope, to aim a directive at their UPTs. */
export async function listKanwilOptions(signal?: AbortSignal): Promise<UnitOption[]> {
  const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'kanwil', limit: MAX_KANWIL }, signal });
  return page.items.map((unit) => ({ id: unit.id, name: unit.name }));
}

export function useKanwilOptions(enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...directivesKey, 'kanwil-options'],
    queryFn: ({ signal }) => listKanwilOptions(signal),
    staleTime: 5 * 60_000,
  });
}
