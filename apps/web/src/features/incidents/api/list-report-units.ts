import { useQuery } from '@tanstack/react-query';
import { UnitPageSchema, type TimeZone } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

const MAX_UNITS = 500;

export type ReportUnit = { id: string; name: string; timezone: TimeZone };

/** The UPTs a Kanwil may report for (those in its scope), with their zones for the time field. */
export async function listReportUnits(signal?: AbortSignal): Promise<ReportUnit[]> {
  const page = await apiFetch('/units', UnitPageSchema, { query: { kind: 'upt', limit: MAX_UNITS }, signal });
  return page.items.map((unit) => ({ id: unit.id, name: unit.name, timezone: unit.timezone }));
}

export function useReportUnits(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['incident-report-units'],
    queryFn: ({ signal }) => listReportUnits(signal),
    staleTime: 10 * 60_000,
  });
}
