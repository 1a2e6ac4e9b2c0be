import { useQuery } from '@tanstack/react-query';
import { UnitDetailSchema, type UnitDetail } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { unitsKey } from './keys';

export function unitKey(unitId: string) {
  return [...unitsKey, 'detail', unitId] as const;
}

/** A unit in the caller's scope; the API answers 404 for one outside it. */
export function getUnit(unitId: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiFetch(`/units/${encodeURIComponent(unitId)}`, UnitDetailSchema, { signal });
}

export function useUnit(unitId: string, enabled = true) {
  return useQuery({ queryKey: unitKey(unitId), queryFn: ({ signal }) => getUnit(unitId, signal), enabled });
}
