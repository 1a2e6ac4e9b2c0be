import { useQuery } from '@tanstack/react-query';
import { ProgrammeSessionListSchema, type ProgrammeSessionList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { sessionsKey } from './attendance-keys';

/** The timetable's sessions of one week (from a Monday), or of this week in the unit's zone. */
export function listProgrammeSessions(programmeId: string, from?: string, signal?: AbortSignal): Promise<ProgrammeSessionList> {
  const to = from ? new Date(Date.parse(`${from}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10) : undefined;
  return apiFetch(`/programmes/${encodeURIComponent(programmeId)}/sessions`, ProgrammeSessionListSchema, { query: { from, to }, signal });
}

export function useProgrammeSessions(programmeId: string, from?: string) {
  return useQuery({ queryKey: sessionsKey(programmeId, from), queryFn: ({ signal }) => listProgrammeSessions(programmeId, from, signal) });
}
