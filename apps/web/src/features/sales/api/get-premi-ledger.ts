import { useQuery } from '@tanstack/react-query';
import { PremiLedgerSchema, type PremiLedger } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { premiLedgerKey } from './keys';

export function getPremiLedger(inmateId: string, signal?: AbortSignal): Promise<PremiLedger> {
  return apiFetch(`/premi/${encodeURIComponent(inmateId)}`, PremiLedgerSchema, { signal });
}

export function usePremiLedger(inmateId: string) {
  return useQuery({ queryKey: premiLedgerKey(inmateId), queryFn: ({ signal }) => getPremiLedger(inmateId, signal) });
}
