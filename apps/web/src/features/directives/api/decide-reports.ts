import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BulkDecisionResultSchema, type BulkDecisionBody, type BulkDecisionResult } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey, directivesKey } from './keys';

/** Decides many reports at once; each item succeeds or fails on its own. */
export function decideReports(body: BulkDecisionBody): Promise<BulkDecisionResult> {
  return apiFetch('/reports/decisions', BulkDecisionResultSchema, { method: 'POST', body });
}

export function useDecideReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideReports,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assignmentsKey }),
        queryClient.invalidateQueries({ queryKey: directivesKey }),
      ]),
  });
}
