import { useQuery } from '@tanstack/react-query';
import { AssignmentSchema, type Assignment } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentKey } from './keys';

/** One assignment with what the caller may do on it (`abilities`). */
export function getAssignment(assignmentId: string, signal?: AbortSignal): Promise<Assignment> {
  return apiFetch(`/assignments/${encodeURIComponent(assignmentId)}`, AssignmentSchema, { signal });
}

export function useAssignment(assignmentId: string, enabled = true) {
  return useQuery({
    queryKey: assignmentKey(assignmentId),
    queryFn: ({ signal }) => getAssignment(assignmentId, signal),
    enabled,
  });
}
