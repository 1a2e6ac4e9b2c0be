import { useMutation } from '@tanstack/react-query';
import type { CloseIncidentBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

/** Closes the incident, optionally issuing the review's follow-ups to the unit as directives. */
export function closeIncident(incidentId: string, body: CloseIncidentBody): Promise<void> {
  return apiSend(incidentPath(incidentId, '/close'), { method: 'POST', body });
}

export function useCloseIncident(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (body: CloseIncidentBody) => closeIncident(incidentId, body), onSuccess });
}
