import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { UnitPageSchema, type UnitKind, type UnitPage, type UptType } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { unitsKey } from './keys';

export type UnitListFilter = { q?: string; kind?: UnitKind; type?: UptType; limit: number; offset: number };

export function listUnitsKey(filter: UnitListFilter) {
  return [...unitsKey, 'list', filter] as const;
}

export function listUnits(filter: UnitListFilter, signal?: AbortSignal): Promise<UnitPage> {
  return apiFetch('/units', UnitPageSchema, { query: filter, signal });
}

export function listUnitsOptions(filter: UnitListFilter) {
  return queryOptions({
    queryKey: listUnitsKey(filter),
    queryFn: ({ signal }) => listUnits(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnitList(filter: UnitListFilter) {
  return useQuery(listUnitsOptions(filter));
}
