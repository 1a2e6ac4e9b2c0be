import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DirectiveSchema, type Directive, type UpdateDirectiveBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey, directiveKey, directivesKey } from './keys';

/** Edits a draft, or amends an issued directive with a reason (a new version). */
export function updateDirective(directiveId: string, body: UpdateDirectiveBody): Promise<Directive> {
  return apiFetch(`/directives/${encodeURIComponent(directiveId)}`, DirectiveSchema, { method: 'PATCH', body });
}

export function useUpdateDirective(directiveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDirectiveBody) => updateDirective(directiveId, body),
    onSuccess: async (directive) => {
      queryClient.setQueryData(directiveKey(directive.id), directive);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: directivesKey }),
        queryClient.invalidateQueries({ queryKey: assignmentsKey }),
      ]);
    },
  });
}
