import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DirectiveSchema, type Directive } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey, directiveKey, directivesKey } from './keys';

/** Issues a draft: the server creates one assignment per target unit (and per verifying Kanwil). */
export function issueDirective(directiveId: string): Promise<Directive> {
  return apiFetch(`/directives/${encodeURIComponent(directiveId)}/issue`, DirectiveSchema, { method: 'POST' });
}

export function useIssueDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueDirective,
    onSuccess: async (directive) => {
      queryClient.setQueryData(directiveKey(directive.id), directive);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: directivesKey }),
        queryClient.invalidateQueries({ queryKey: assignmentsKey }),
      ]);
    },
  });
}
