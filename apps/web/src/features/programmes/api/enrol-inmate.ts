import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EnrolmentResultSchema, type EnrolmentResult } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { programmePath, programmesKey } from './keys';

/** Takes a seat when one is free, else joins the waitlist; the result's status says which. */
export function enrolInmate(programmeId: string, inmateId: string): Promise<EnrolmentResult> {
  return apiFetch(programmePath(programmeId, '/enrolments'), EnrolmentResultSchema, { method: 'POST', body: { inmateId } });
}

export function useEnrolInmate(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inmateId: string) => enrolInmate(programmeId, inmateId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
