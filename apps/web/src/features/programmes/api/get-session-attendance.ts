import { useQuery } from '@tanstack/react-query';
import { SessionAttendanceSchema, type SessionAttendance } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { sessionAttendanceKey, sessionAttendancePath } from './attendance-keys';

export function getSessionAttendance(programmeId: string, date: string, start: string, signal?: AbortSignal): Promise<SessionAttendance> {
  return apiFetch(sessionAttendancePath(programmeId, date, start), SessionAttendanceSchema, { signal });
}

export function useSessionAttendance(programmeId: string, date: string, start: string) {
  return useQuery({
    queryKey: sessionAttendanceKey(programmeId, date, start),
    queryFn: ({ signal }) => getSessionAttendance(programmeId, date, start, signal),
  });
}
