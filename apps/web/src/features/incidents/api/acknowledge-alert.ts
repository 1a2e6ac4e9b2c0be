import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

/** Says "we have seen it": stops the alert from escalating to the next level. */
export function acknowledgeAlert(incidentId: string, alertId: string): Promise<void> {
  return apiSend(incidentPath(incidentId, `/alerts/${encodeURIComponent(alertId)}/ack`), { method: 'POST' });
}

export function useAcknowledgeAlert(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (alertId: string) => acknowledgeAlert(incidentId, alertId), onSuccess });
}
