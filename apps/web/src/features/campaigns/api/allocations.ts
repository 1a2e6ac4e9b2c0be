import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AllocationsSchema, type Allocations, type SaveAllocationsBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignPartKey, campaignPartsKey, campaignPath } from './keys';

/** The allocation rows below one parent (HQ → Kanwil, Kanwil → UPT); the caller's own level when left out. */
export function getAllocations(
  campaignId: string,
  parentId: string | undefined,
  signal?: AbortSignal,
): Promise<Allocations> {
  return apiFetch(campaignPath(campaignId, '/allocations'), AllocationsSchema, { query: { parentId }, signal });
}

export function useAllocations(campaignId: string, parentId?: string) {
  return useQuery({
    queryKey: campaignPartKey(campaignId, 'allocations', parentId),
    queryFn: ({ signal }) => getAllocations(campaignId, parentId, signal),
  });
}

export function saveAllocations(campaignId: string, body: SaveAllocationsBody): Promise<Allocations> {
  return apiFetch(campaignPath(campaignId, '/allocations'), AllocationsSchema, { method: 'PUT', body });
}

export function useSaveAllocations(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveAllocationsBody) => saveAllocations(campaignId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignPartsKey(campaignId) }),
  });
}
