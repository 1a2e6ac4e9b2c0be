import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@/lib/api-client';

// The register's own contract is not shared with this feature; only the fields the picker needs are read here.
const UnitInmatesSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), pseudonym: z.string(), registrationNumber: z.string(), status: z.string() })),
});
export type UnitInmate = z.infer<typeof UnitInmatesSchema>['items'][number];

const MAX_INMATES = 500;

/** Active inmates of one unit, for the "add participant" picker (pseudonym and registration number only). */
export async function listUnitInmates(unitId: string, signal?: AbortSignal): Promise<UnitInmate[]> {
  const page = await apiFetch('/inmates', UnitInmatesSchema, { query: { unitId, status: 'aktif', limit: MAX_INMATES }, signal });
  return page.items.filter((inmate) => inmate.status === 'aktif');
}

export function useUnitInmates(unitId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['programme-unit-inmates', unitId],
    queryFn: ({ signal }) => listUnitInmates(unitId, signal),
    staleTime: 60_000,
  });
}
