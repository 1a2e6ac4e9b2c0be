import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  BulkDecisionResultSchema,
  CampaignReportSchema,
  QueueSchema,
  ReportSchema,
  type BulkDecisionBody,
  type DecideReportBody,
} from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { campaignPartKey, campaignPartsKey, campaignPath } from './keys';

export type QueueItem = z.infer<typeof QueueSchema>['items'][number];

/** `unitId`: a Kanwil reporting on a UPT's behalf; the caller's own unit when left out. */
type SubmitInput = { narrative: string; idempotencyKey: string; monitoringWindow?: number; unitId?: string };

/** Sums the unit's site results into its report on the campaign directive (or its monitoring directive for a window). */
export function useSubmitCampaignReport(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ narrative, idempotencyKey, monitoringWindow, unitId }: SubmitInput) =>
      apiFetch(campaignPath(campaignId, '/reports'), CampaignReportSchema, {
        method: 'POST',
        body:
          monitoringWindow === undefined
            ? { unitId, narrative, phase: 'acara' }
            : { unitId, narrative, phase: 'pemantauan', monitoringWindow },
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}

/** Reports waiting for the caller's verification. */
export function useQueue(campaignId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: campaignPartKey(campaignId, 'queue'),
    queryFn: ({ signal }) => apiFetch(campaignPath(campaignId, '/queue'), QueueSchema, { signal }),
  });
}

export function useDecideCampaignReport(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, body }: { reportId: string; body: DecideReportBody }) =>
      apiFetch(`/reports/${encodeURIComponent(reportId)}/decision`, ReportSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}

/** Many reports at once; each item succeeds or fails on its own. */
export function useDecideCampaignReports(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkDecisionBody) =>
      apiFetch('/reports/decisions', BulkDecisionResultSchema, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}
