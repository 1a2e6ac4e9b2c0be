import { useQuery } from '@tanstack/react-query';
import { SplitRuleHistorySchema, type SplitRuleHistory } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { splitRulesKey } from './keys';

export function listSplitRules(signal?: AbortSignal): Promise<SplitRuleHistory> {
  return apiFetch('/proceeds-split-rules', SplitRuleHistorySchema, { signal });
}

export function useSplitRules() {
  return useQuery({ queryKey: splitRulesKey, queryFn: ({ signal }) => listSplitRules(signal) });
}
