import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AttendanceUnitSchema, type AttendanceUnit } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingsKey } from './keys';

/** The caller's own unit says it is present, with how many staff. */
export function checkIn(input: { meetingId: string; staffCount: number }): Promise<AttendanceUnit> {
  return apiFetch(`/meetings/${encodeURIComponent(input.meetingId)}/check-in`, AttendanceUnitSchema, {
    method: 'POST',
    body: { staffCount: input.staffCount },
  });
}

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: checkIn, onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKey }) });
}
