import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SplitRuleSchema, type CreateSplitRuleBody, type SplitRule } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { salesKey } from './keys';

export function createSplitRule(body: CreateSplitRuleBody): Promise<SplitRule> {
  return apiFetch('/proceeds-split-rules', SplitRuleSchema, { method: 'POST', body });
}

export function useCreateSplitRule() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSplitRule, onSuccess: () => queryClient.invalidateQueries({ queryKey: salesKey }) });
}
