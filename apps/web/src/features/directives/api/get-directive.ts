import { useQuery } from '@tanstack/react-query';
import { DirectiveSchema, type Directive } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { directiveKey } from './keys';

export function getDirective(directiveId: string, signal?: AbortSignal): Promise<Directive> {
  return apiFetch(`/directives/${encodeURIComponent(directiveId)}`, DirectiveSchema, { signal });
}

export function useDirective(directiveId: string, enabled = true) {
  return useQuery({
    queryKey: directiveKey(directiveId),
    queryFn: ({ signal }) => getDirective(directiveId, signal),
    enabled,
  });
}
