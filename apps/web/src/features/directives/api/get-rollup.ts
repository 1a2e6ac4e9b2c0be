import { useQuery } from '@tanstack/react-query';
import { DirectiveRollupSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { directiveKey } from './keys';

export type DirectiveRollup = z.infer<typeof DirectiveRollupSchema>;
export type RollupRow = DirectiveRollup['kanwil'][number];

/** National and per-Kanwil progress; "reported" and "verified" are counted apart. */
export function getRollup(directiveId: string, signal?: AbortSignal): Promise<DirectiveRollup> {
  return apiFetch(`/directives/${encodeURIComponent(directiveId)}/rollup`, DirectiveRollupSchema, { signal });
}

export function useRollup(directiveId: string, enabled = true) {
  return useQuery({
    queryKey: [...directiveKey(directiveId), 'rollup'],
    queryFn: ({ signal }) => getRollup(directiveId, signal),
    enabled,
  });
}
