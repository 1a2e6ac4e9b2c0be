import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BatchDetailSchema, type BatchDetail, type CreateBatchBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { salesKey } from './keys';

export function createBatch(body: CreateBatchBody): Promise<BatchDetail> {
  return apiFetch('/production-batches', BatchDetailSchema, { method: 'POST', body });
}

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createBatch, onSuccess: () => queryClient.invalidateQueries({ queryKey: salesKey }) });
}
