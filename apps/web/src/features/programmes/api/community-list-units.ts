import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

/** The UPTs in the caller's scope, for a Kanwil or HQ recording on a unit's behalf. */
export function useCommunityUnits(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['community-units'],
    queryFn: async ({ signal }) => {
      const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'upt', limit: 500 }, signal });
      return page.items.map((unit) => ({ value: unit.id, label: unit.name }));
    },
    staleTime: 10 * 60_000,
  });
}
