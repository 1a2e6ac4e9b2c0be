import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DirectivePageSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { directivesKey } from './keys';

export type DirectivePage = z.infer<typeof DirectivePageSchema>;
export type DirectiveListFilter = { q?: string; status?: 'draft' | 'issued'; limit: number; offset: number };

export function listDirectivesKey(filter: DirectiveListFilter) {
  return [...directivesKey, 'list', filter] as const;
}

/** Directives issued in the caller's area or sent to a unit in it. */
export function listDirectives(filter: DirectiveListFilter, signal?: AbortSignal): Promise<DirectivePage> {
  return apiFetch('/directives', DirectivePageSchema, { query: filter, signal });
}

export function useDirectiveList(filter: DirectiveListFilter) {
  return useQuery({
    queryKey: listDirectivesKey(filter),
    queryFn: ({ signal }) => listDirectives(filter, signal),
    placeholderData: keepPreviousData,
  });
}
