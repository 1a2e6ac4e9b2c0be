import { useQuery } from '@tanstack/react-query';
import { DirectiveVersionSchema } from '@selaras/contracts';
import { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { directiveKey } from './keys';

const VersionListSchema = z.array(DirectiveVersionSchema);

/** The amendments of a directive, oldest first. */
export function listVersions(directiveId: string, signal?: AbortSignal) {
  return apiFetch(`/directives/${encodeURIComponent(directiveId)}/versions`, VersionListSchema, { signal });
}

export function useVersions(directiveId: string) {
  return useQuery({
    queryKey: [...directiveKey(directiveId), 'versions'],
    queryFn: ({ signal }) => listVersions(directiveId, signal),
  });
}
