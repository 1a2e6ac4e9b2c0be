import { useQuery } from '@tanstack/react-query';
import { AssignmentDetailSchema, type AssignmentDetail } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentKey } from './keys';

/** One assignment with what the caller may do on it (`abilities`), its requests and its saved draft. */
export function getAssignment(assignmentId: string, signal?: AbortSignal): Promise<AssignmentDetail> {
  return apiFetch(`/assignments/${encodeURIComponent(assignmentId)}`, AssignmentDetailSchema, { signal });
}

export function useAssignment(assignmentId: string, enabled = true) {
  return useQuery({
    queryKey: assignmentKey(assignmentId),
    queryFn: ({ signal }) => getAssignment(assignmentId, signal),
    enabled,
  });
}
