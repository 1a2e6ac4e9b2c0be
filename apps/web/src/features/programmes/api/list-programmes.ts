import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ProgrammeListSchema, type ProgrammeList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { programmeListKey, type ProgrammeFilter } from './keys';

export function listProgrammes(filter: ProgrammeFilter, signal?: AbortSignal): Promise<ProgrammeList> {
  return apiFetch('/programmes', ProgrammeListSchema, { query: { ...filter }, signal });
}

export function useProgrammeList(filter: ProgrammeFilter) {
  return useQuery({
    queryKey: programmeListKey(filter),
    queryFn: ({ signal }) => listProgrammes(filter, signal),
    placeholderData: keepPreviousData,
  });
}
