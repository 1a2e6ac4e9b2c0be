import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ReadinessBoardSchema, UnitReadinessSchema, type UnitReadiness } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { campaignPartKey, campaignPartsKey, campaignPath } from './keys';

export type ReadinessItems = Record<
  'lahan_siap' | 'bibit_diterima' | 'mitra_terkonfirmasi' | 'petugas_dokumentasi',
  boolean
>;
export type ReadinessBoard = z.infer<typeof ReadinessBoardSchema>;

export function useReadiness(campaignId: string, unitId?: string) {
  return useQuery({
    queryKey: campaignPartKey(campaignId, 'readiness', unitId),
    queryFn: ({ signal }) =>
      apiFetch(campaignPath(campaignId, '/readiness'), UnitReadinessSchema, { query: { unitId }, signal }),
  });
}

export function useReadinessBoard(campaignId: string, parentId?: string) {
  return useQuery({
    queryKey: campaignPartKey(campaignId, 'readiness-board', parentId),
    queryFn: ({ signal }) =>
      apiFetch(campaignPath(campaignId, '/readiness-board'), ReadinessBoardSchema, { query: { parentId }, signal }),
  });
}

/** `unitId`: a Kanwil filling in for a UPT; the caller's own unit when left out. */
type SaveInput = { stage: 'h7' | 'h1'; unitId?: string; items: ReadinessItems; documentationOfficer?: string };

export function useSaveReadiness(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, ...body }: SaveInput): Promise<UnitReadiness> =>
      apiFetch(campaignPath(campaignId, `/readiness/${stage}`), UnitReadinessSchema, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}

/** "Mulai" and "Selesai" on the event day, stamped by the server's clock. */
export function useCampaignCheckIn(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, unitId }: { kind: 'mulai' | 'selesai'; unitId?: string }): Promise<UnitReadiness> =>
      apiFetch(campaignPath(campaignId, '/check-ins'), UnitReadinessSchema, {
        method: 'POST',
        body: { unitId, kind },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}
