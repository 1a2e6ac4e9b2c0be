import { useQuery } from '@tanstack/react-query';
import { SopVersionListSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { catalogueKey } from './keys';

export type SopVersionList = z.infer<typeof SopVersionListSchema>;

export function sopVersionsKey(categoryId: string) {
  return [...catalogueKey, 'sop', categoryId] as const;
}

export function listSopVersions(categoryId: string, signal?: AbortSignal): Promise<SopVersionList> {
  return apiFetch(`/incident-catalogue/categories/${categoryId}/sop`, SopVersionListSchema, { signal });
}

export function useSopVersions(categoryId: string) {
  return useQuery({
    queryKey: sopVersionsKey(categoryId),
    queryFn: ({ signal }) => listSopVersions(categoryId, signal),
  });
}
