import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ReportDraftSchema, type ReportDraft, type SaveDraftBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey } from './keys';

/** Saves the report being written on the server (not sent for verification). */
export function saveReportDraft(assignmentId: string, body: SaveDraftBody): Promise<ReportDraft> {
  return apiFetch(`/assignments/${encodeURIComponent(assignmentId)}/draft`, ReportDraftSchema, { method: 'PUT', body });
}

export function useSaveReportDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: SaveDraftBody }) =>
      saveReportDraft(assignmentId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsKey }),
  });
}
