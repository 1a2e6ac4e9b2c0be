import { useMutation } from '@tanstack/react-query';
import type { AddIncidentUpdateBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

/** A running update: a note and/or the counters that changed. */
export function addIncidentUpdate(incidentId: string, body: AddIncidentUpdateBody): Promise<void> {
  return apiSend(incidentPath(incidentId, '/updates'), { method: 'POST', body });
}

export function useAddIncidentUpdate(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (body: AddIncidentUpdateBody) => addIncidentUpdate(incidentId, body), onSuccess });
}
