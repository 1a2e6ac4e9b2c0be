import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema, type TimeZone } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

const MAX_UNITS = 500;

export type ProgrammeUnit = { id: string; name: string; timezone: TimeZone };

/** The UPTs a Kanwil may create programmes for (those in its scope), with their zones for the timetable. */
export async function listProgrammeUnits(signal?: AbortSignal): Promise<ProgrammeUnit[]> {
  const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'upt', limit: MAX_UNITS }, signal });
  return page.items.map((unit) => ({ id: unit.id, name: unit.name, timezone: unit.timezone }));
}

export function useProgrammeUnits(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['programme-units'],
    queryFn: ({ signal }) => listProgrammeUnits(signal),
    staleTime: 10 * 60_000,
  });
}
