import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PayoutSchema, type CreatePayoutBody, type Payout } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { salesKey } from './keys';

export function recordPayout(inmateId: string, body: CreatePayoutBody): Promise<Payout> {
  return apiFetch(`/premi/${encodeURIComponent(inmateId)}/payouts`, PayoutSchema, { method: 'POST', body });
}

export function useRecordPayout(inmateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePayoutBody) => recordPayout(inmateId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: salesKey }),
  });
}
