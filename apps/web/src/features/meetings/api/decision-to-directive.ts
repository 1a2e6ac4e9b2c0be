import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DirectiveSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingKey } from './keys';

const CreatedSchema = DirectiveSchema.pick({ id: true });

/** Turns decision `index` into a directive draft; returns the draft's id. */
export async function decisionToDirective(input: { meetingId: string; index: number }): Promise<string> {
  const path = `/meetings/${encodeURIComponent(input.meetingId)}/decisions/${input.index}/directive`;
  return (await apiFetch(path, CreatedSchema, { method: 'POST' })).id;
}

export function useDecisionToDirective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decisionToDirective,
    // A 409 means another tab already made the directive: refreshing shows its link.
    onSettled: (_id, _error, input) => queryClient.invalidateQueries({ queryKey: meetingKey(input.meetingId) }),
  });
}
