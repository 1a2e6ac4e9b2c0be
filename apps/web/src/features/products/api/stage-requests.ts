import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  StageRequestPageSchema,
  StageRequestSchema,
  type ProductStage,
  type StageRequest,
  type StageRequestPage,
} from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { approvalQueueKey, productPath, productsKey } from './keys';

const QUEUE_LIMIT = 100;

export function requestStage(productId: string, toStage: ProductStage): Promise<StageRequest> {
  return apiFetch(productPath(productId, '/stage-requests'), StageRequestSchema, { method: 'POST', body: { toStage } });
}

export function listApprovalQueue(signal?: AbortSignal): Promise<StageRequestPage> {
  return apiFetch('/stage-requests', StageRequestPageSchema, {
    query: { status: 'diajukan', limit: QUEUE_LIMIT },
    signal,
  });
}

function decide(requestId: string, decision: { approve: true } | { reason: string }): Promise<StageRequest> {
  const path = `/stage-requests/${encodeURIComponent(requestId)}`;
  if ('approve' in decision) return apiFetch(`${path}/approve`, StageRequestSchema, { method: 'POST' });
  return apiFetch(`${path}/return`, StageRequestSchema, { method: 'POST', body: { reason: decision.reason } });
}

export function useRequestStage(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (toStage: ProductStage) => requestStage(productId, toStage),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsKey }),
  });
}

export function useApprovalQueue() {
  return useQuery({ queryKey: approvalQueueKey, queryFn: ({ signal }) => listApprovalQueue(signal) });
}

export function useDecideRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, decision }: { requestId: string; decision: { approve: true } | { reason: string } }) =>
      decide(requestId, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsKey }),
  });
}
