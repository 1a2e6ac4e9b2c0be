import { useQuery } from '@tanstack/react-query';
import { CooperativeListSchema, type CooperativeList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { cooperativesKey } from './keys';

export function listCooperatives(parentId: string | undefined, signal?: AbortSignal): Promise<CooperativeList> {
  return apiFetch('/cooperatives', CooperativeListSchema, { query: { parentId }, signal });
}

export function useCooperatives(parentId?: string) {
  return useQuery({ queryKey: cooperativesKey(parentId), queryFn: ({ signal }) => listCooperatives(parentId, signal) });
}
