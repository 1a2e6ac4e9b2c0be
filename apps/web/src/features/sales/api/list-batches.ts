import { useQuery } from '@tanstack/react-query';
import { BatchListSchema, type BatchList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { batchListKey } from './keys';

export function listBatches(signal?: AbortSignal): Promise<BatchList> {
  return apiFetch('/production-batches', BatchListSchema, { query: { limit: 200 }, signal });
}

export function useBatchList() {
  return useQuery({ queryKey: batchListKey, queryFn: ({ signal }) => listBatches(signal) });
}
