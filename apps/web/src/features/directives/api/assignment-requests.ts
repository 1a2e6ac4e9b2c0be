import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AssignmentRequestPageSchema,
  AssignmentRequestSchema,
  type AssignmentRequest,
  type CreateAssignmentRequestBody,
  type DecideAssignmentRequestBody,
} from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { assignmentsKey, directivesKey } from './keys';

/** Requests share the assignments root: a decision refreshes the assignment, its list and the queue. */
const requestsKey = [...assignmentsKey, 'requests'] as const;

function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assignmentsKey }),
      queryClient.invalidateQueries({ queryKey: directivesKey }),
    ]);
}

/** A unit asks for a later due time or to be left out of a directive. */
export function createAssignmentRequest(
  assignmentId: string,
  body: CreateAssignmentRequestBody,
): Promise<AssignmentRequest> {
  return apiFetch(`/assignments/${encodeURIComponent(assignmentId)}/requests`, AssignmentRequestSchema, {
    method: 'POST',
    body,
  });
}

export function useCreateAssignmentRequest() {
  const onSuccess = useInvalidateAll();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: CreateAssignmentRequestBody }) =>
      createAssignmentRequest(assignmentId, body),
    onSuccess,
  });
}

/** The verifying level approves or rejects a request. */
export function decideAssignmentRequest(
  requestId: string,
  body: DecideAssignmentRequestBody,
): Promise<AssignmentRequest> {
  return apiFetch(`/assignment-requests/${encodeURIComponent(requestId)}/decision`, AssignmentRequestSchema, {
    method: 'POST',
    body,
  });
}

export function useDecideAssignmentRequest() {
  const onSuccess = useInvalidateAll();
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: string; body: DecideAssignmentRequestBody }) =>
      decideAssignmentRequest(requestId, body),
    onSuccess,
  });
}

export type RequestListFilter = { status?: AssignmentRequest['status']; limit: number; offset: number };

/** Requests of the units in the caller's scope, oldest first: the decider's queue. */
export function listAssignmentRequests(filter: RequestListFilter, signal?: AbortSignal) {
  return apiFetch('/assignment-requests', AssignmentRequestPageSchema, { query: filter, signal });
}

export function useAssignmentRequestList(filter: RequestListFilter) {
  return useQuery({
    queryKey: [...requestsKey, filter],
    queryFn: ({ signal }) => listAssignmentRequests(filter, signal),
    placeholderData: keepPreviousData,
  });
}
