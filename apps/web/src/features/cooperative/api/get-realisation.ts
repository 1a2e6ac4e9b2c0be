import { useQuery } from '@tanstack/react-query';
import { RealisationSchema, type Realisation } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { realisationKey } from './keys';

/** Sales and PNBP against targets this year, per UPT (or per Kanwil for HQ). */
export function getRealisation(parentId: string | undefined, signal?: AbortSignal): Promise<Realisation> {
  return apiFetch('/sales-realisation', RealisationSchema, { query: { parentId }, signal });
}

export function useRealisation(parentId?: string) {
  return useQuery({ queryKey: realisationKey(parentId), queryFn: ({ signal }) => getRealisation(parentId, signal) });
}
