import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignsKey } from './keys';

export type KanwilOption = { id: string; name: string };

// 33 Kanwil today; the limit leaves room for the list to change.
const MAX_KANWIL = 100;

/** The Kanwil in the caller's scope, to aim a campaign at their UPTs. */
export function useKanwilOptions() {
  return useQuery({
    queryKey: [...campaignsKey, 'kanwil-options'],
    queryFn: async ({ signal }): Promise<KanwilOption[]> => {
      const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'kanwil', limit: MAX_KANWIL }, signal });
      return page.items.map((unit) => ({ id: unit.id, name: unit.name }));
    },
    staleTime: 5 * 60_000,
  });
}
