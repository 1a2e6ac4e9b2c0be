import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ReportSchema, type Report, type SubmitReportBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey, directivesKey } from './keys';

type SubmitReportInput = { assignmentId: string; body: SubmitReportBody; idempotencyKey: string };

/** Sends a report; the key makes a retried request return the first report instead of a second version. */
export function submitReport({ assignmentId, body, idempotencyKey }: SubmitReportInput): Promise<Report> {
  return apiFetch(`/assignments/${encodeURIComponent(assignmentId)}/reports`, ReportSchema, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentsKey }),
        queryClient.invalidateQueries({ queryKey: directivesKey }),
      ]),
  });
}
