import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateDepositBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { cooperativeKey } from './keys';

export function recordDeposit(unitId: string, body: CreateDepositBody): Promise<void> {
  return apiSend(`/units/${unitId}/pnbp-deposits`, { method: 'POST', body });
}

export function useRecordDeposit(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDepositBody) => recordDeposit(unitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperativeKey }),
  });
}
