import { useQuery } from '@tanstack/react-query';
import { ProgrammeSchema, type Programme } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { programmeKey, programmePath } from './keys';

export function getProgramme(programmeId: string, signal?: AbortSignal): Promise<Programme> {
  return apiFetch(programmePath(programmeId), ProgrammeSchema, { signal });
}

export function useProgramme(programmeId: string) {
  return useQuery({ queryKey: programmeKey(programmeId), queryFn: ({ signal }) => getProgramme(programmeId, signal) });
}
