import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EnrolmentResultSchema, type ChangeEnrolmentStatusBody, type EnrolmentResult } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { programmePath, programmesKey } from './keys';

export type EnrolmentChange = { enrolmentId: string; body: ChangeEnrolmentStatusBody };

/** Reactivates, suspends or ends; the result lists anyone promoted from the waitlist. */
export function changeEnrolmentStatus(programmeId: string, change: EnrolmentChange): Promise<EnrolmentResult> {
  const path = programmePath(programmeId, `/enrolments/${encodeURIComponent(change.enrolmentId)}/status`);
  return apiFetch(path, EnrolmentResultSchema, { method: 'POST', body: change.body });
}

export function useChangeEnrolmentStatus(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EnrolmentChange) => changeEnrolmentStatus(programmeId, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
