import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ReportSchema, type DecideReportBody, type Report } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey, directivesKey } from './keys';

/** Verifies the latest report of an assignment, or returns it with a reason. */
export function decideReport(reportId: string, body: DecideReportBody): Promise<Report> {
  return apiFetch(`/reports/${encodeURIComponent(reportId)}/decision`, ReportSchema, { method: 'POST', body });
}

export function useDecideReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, body }: { reportId: string; body: DecideReportBody }) => decideReport(reportId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentsKey }),
        queryClient.invalidateQueries({ queryKey: directivesKey }),
      ]),
  });
}
