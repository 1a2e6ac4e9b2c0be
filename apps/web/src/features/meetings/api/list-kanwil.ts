import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingsKey } from './keys';

/** The Kanwil in the caller's area, as choices for inviting their UPTs. */
export function useKanwilChoices() {
  return useQuery({
    queryKey: [...meetingsKey, 'kanwil-choices'],
    queryFn: async ({ signal }) => {
      const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'kanwil', limit: 100 }, signal });
      return page.items.map((unit) => ({ value: unit.id, label: unit.name })).sort((a, b) => a.label.localeCompare(b.label, 'id'));
    },
    staleTime: 5 * 60_000,
  });
}
