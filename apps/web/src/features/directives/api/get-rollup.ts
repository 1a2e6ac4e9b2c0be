import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DirectiveRollupSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { directiveKey } from './keys';

export type DirectiveRollup = z.infer<typeof DirectiveRollupSchema>;
export type RollupRow = DirectiveRollup['kanwil'][number];

/** National and per-Kanwil progress of one window (absent: the current one); "reported" and "verified" apart. */
export function getRollup(directiveId: string, window?: number, signal?: AbortSignal): Promise<DirectiveRollup> {
  return apiFetch(`/directives/${encodeURIComponent(directiveId)}/rollup`, DirectiveRollupSchema, { query: { window }, signal });
}

export function useRollup(directiveId: string, enabled = true, window?: number) {
  return useQuery({
    queryKey: [...directiveKey(directiveId), 'rollup', window ?? 'current'],
    queryFn: ({ signal }) => getRollup(directiveId, window, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
