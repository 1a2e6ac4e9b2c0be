import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AttendanceUnitSchema, type AttendanceUnit } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingsKey } from './keys';

/** The organiser's record for one invited unit (null: did not attend). */
export function recordAttendance(input: { meetingId: string; unitId: string; staffCount: number | null }): Promise<AttendanceUnit> {
  const path = `/meetings/${encodeURIComponent(input.meetingId)}/attendance/${encodeURIComponent(input.unitId)}`;
  return apiFetch(path, AttendanceUnitSchema, { method: 'PUT', body: { staffCount: input.staffCount } });
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordAttendance, onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKey }) });
}
