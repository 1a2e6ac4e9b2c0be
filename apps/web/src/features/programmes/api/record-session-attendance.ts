import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { SessionAttendanceSchema, type RecordSessionAttendanceBody, type SessionAttendance } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { enqueue } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { sessionAttendanceKey, sessionAttendancePath } from './attendance-keys';

export function recordSessionAttendance(programmeId: string, date: string, start: string, body: RecordSessionAttendanceBody): Promise<SessionAttendance> {
  return apiFetch(sessionAttendancePath(programmeId, date, start), SessionAttendanceSchema, { method: 'PUT', body });
}

/** The register as the server now holds it: the session shows it, the week's sessions load again. */
export function showSavedAttendance(
  queryClient: QueryClient,
  session: { programmeId: string; date: string; start: string },
  saved: SessionAttendance,
): void {
  const { programmeId, date, start } = session;
  queryClient.setQueryData(sessionAttendanceKey(programmeId, date, start), saved);
  void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'sessions'] });
}

/** Sent at once; without an answer the grid hands the register to the outbox instead of retrying itself. */
export function useRecordSessionAttendance(programmeId: string, date: string, start: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordSessionAttendanceBody) => recordSessionAttendance(programmeId, date, start, body),
    // Mutations wait while the browser reports no network; the grid queues those itself.
    networkMode: 'always',
    onSuccess: (saved) => showSavedAttendance(queryClient, { programmeId, date, start }, saved),
  });
}

/**
 * Keeps the whole register on the device and sends it when the signal returns. It is a PUT of the whole
 * register (an upsert per inmate), so sending it again changes nothing.
 */
export function queueSessionAttendance(
  programmeId: string,
  date: string,
  start: string,
  body: RecordSessionAttendanceBody,
  label: string,
): Promise<OutboxItem> {
  const search = new URLSearchParams({ tanggal: date, mulai: start });
  return enqueue({
    kind: 'attendance',
    label,
    href: `/pembinaan/program/${encodeURIComponent(programmeId)}/presensi?${search.toString()}`,
    request: { method: 'PUT', path: sessionAttendancePath(programmeId, date, start), body },
  });
}

/** The register the server answered with once the outbox delivered it. */
export function deliveredAttendance(item: OutboxItem | undefined): SessionAttendance | null {
  if (item?.status !== 'sent') return null;
  const parsed = SessionAttendanceSchema.safeParse(item.response);
  return parsed.success ? parsed.data : null;
}
