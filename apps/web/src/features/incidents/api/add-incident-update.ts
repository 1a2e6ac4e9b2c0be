import { useMutation } from '@tanstack/react-query';
import type { AddIncidentUpdateBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

type UpdateInput = { body: AddIncidentUpdateBody; idempotencyKey: string };

/** A running update: a note and/or the counters that changed. The key is shared with its queued copy, if any. */
export function addIncidentUpdate(incidentId: string, { body, idempotencyKey }: UpdateInput): Promise<void> {
  return apiSend(incidentPath(incidentId, '/updates'), { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useAddIncidentUpdate(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (input: UpdateInput) => addIncidentUpdate(incidentId, input), onSuccess });
}
