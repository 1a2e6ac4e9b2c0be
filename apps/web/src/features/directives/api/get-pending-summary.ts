import { useQuery } from '@tanstack/react-query';
import { PendingSummarySchema, type PendingSummary } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey } from './keys';

/** "Belum melapor" per Kanwil, within the caller's scope. */
export function getPendingSummary(signal?: AbortSignal): Promise<PendingSummary> {
  return apiFetch('/assignments/pending-summary', PendingSummarySchema, { signal });
}

export function usePendingSummary(enabled = true) {
  return useQuery({
    queryKey: [...assignmentsKey, 'pending-summary'],
    queryFn: ({ signal }) => getPendingSummary(signal),
    enabled,
  });
}
