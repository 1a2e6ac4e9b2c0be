import { useQuery } from '@tanstack/react-query';
import { ProgrammeFiguresSchema, type ProgrammeFigures } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export const programmeFiguresKey = ['programme-figures'] as const;

/** Participation in rehabilitation programmes over the caller's subtree for this month (WIB). */
export function getProgrammeFigures(signal?: AbortSignal): Promise<ProgrammeFigures> {
  return apiFetch('/programme-figures', ProgrammeFiguresSchema, { signal });
}

export function useProgrammeFigures(enabled: boolean) {
  return useQuery({ queryKey: programmeFiguresKey, queryFn: ({ signal }) => getProgrammeFigures(signal), enabled });
}
