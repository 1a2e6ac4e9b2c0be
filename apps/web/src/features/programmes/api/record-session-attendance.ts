import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SessionAttendanceSchema, type RecordSessionAttendanceBody, type SessionAttendance } from '@selaras/contracts';
import { apiFetch, isApiError } from '@/lib/api-client';
import { sessionAttendanceKey, sessionAttendancePath } from './attendance-keys';

/** Network failures are retried this many times (a PUT of the whole register is safe to send again). */
export const SAVE_RETRIES = 4;

export function recordSessionAttendance(programmeId: string, date: string, start: string, body: RecordSessionAttendanceBody): Promise<SessionAttendance> {
  return apiFetch(sessionAttendancePath(programmeId, date, start), SessionAttendanceSchema, { method: 'PUT', body });
}

export function useRecordSessionAttendance(programmeId: string, date: string, start: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordSessionAttendanceBody) => recordSessionAttendance(programmeId, date, start, body),
    // The server answered (a 4xx): sending it again would not help. No answer: try again, waiting longer each time.
    retry: (count, error) => !isApiError(error) && count < SAVE_RETRIES,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
    onSuccess: (saved) => {
      queryClient.setQueryData(sessionAttendanceKey(programmeId, date, start), saved);
      void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'sessions'] });
    },
  });
}
