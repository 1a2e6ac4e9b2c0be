import { useQuery } from '@tanstack/react-query';
import { DepositListSchema, type DepositList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { depositsKey } from './keys';

export function listDeposits(unitId: string, signal?: AbortSignal): Promise<DepositList> {
  return apiFetch(`/units/${unitId}/pnbp-deposits`, DepositListSchema, { signal });
}

export function useDeposits(unitId: string) {
  return useQuery({ queryKey: depositsKey(unitId), queryFn: ({ signal }) => listDeposits(unitId, signal) });
}
