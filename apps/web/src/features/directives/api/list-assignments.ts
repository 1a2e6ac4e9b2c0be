import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AssignmentPageSchema, type AssignmentStatus } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey } from './keys';

export type AssignmentPage = z.infer<typeof AssignmentPageSchema>;
export type AssignmentListFilter = {
  directiveId?: string;
  status?: AssignmentStatus;
  role?: 'follow_up' | 'verify';
  overdue?: boolean;
  pending?: boolean;
  limit: number;
  offset: number;
};

/** Assignments of the units in the caller's scope, earliest due first. */
export function listAssignments(filter: AssignmentListFilter, signal?: AbortSignal): Promise<AssignmentPage> {
  const query = {
    ...filter,
    overdue: filter.overdue ? 'true' : undefined,
    pending: filter.pending ? 'true' : undefined,
  };
  return apiFetch('/assignments', AssignmentPageSchema, { query, signal });
}

export function useAssignmentList(filter: AssignmentListFilter) {
  return useQuery({
    queryKey: [...assignmentsKey, 'list', filter],
    queryFn: ({ signal }) => listAssignments(filter, signal),
    placeholderData: keepPreviousData,
  });
}
