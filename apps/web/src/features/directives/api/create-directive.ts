import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DirectiveSchema, type CreateDirectiveBody, type Directive } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { directiveKey, directivesKey } from './keys';

/** Saves a draft; nothing is sent to any unit until it is issued. */
export function createDirective(body: CreateDirectiveBody): Promise<Directive> {
  return apiFetch('/directives', DirectiveSchema, { method: 'POST', body });
}

export function useCreateDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDirective,
    onSuccess: async (directive) => {
      queryClient.setQueryData(directiveKey(directive.id), directive);
      await queryClient.invalidateQueries({ queryKey: [...directivesKey, 'list'] });
    },
  });
}
