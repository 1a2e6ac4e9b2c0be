import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EscalationRuleListSchema, type SaveEscalationRulesBody } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { catalogueKey } from './keys';

export type EscalationRuleList = z.infer<typeof EscalationRuleListSchema>;

/** Sends the whole rule set; the server keeps all of it or none. */
export function replaceRules(body: SaveEscalationRulesBody): Promise<EscalationRuleList> {
  return apiFetch('/incident-catalogue/rules', EscalationRuleListSchema, { method: 'PUT', body });
}

export function useReplaceRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceRules,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}
