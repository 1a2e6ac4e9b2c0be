import { useMutation } from '@tanstack/react-query';
import type { ChangeIncidentStatusBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

export function changeIncidentStatus(incidentId: string, body: ChangeIncidentStatusBody): Promise<void> {
  return apiSend(incidentPath(incidentId, '/status'), { method: 'POST', body });
}

export function useChangeIncidentStatus(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({
    mutationFn: (body: ChangeIncidentStatusBody) => changeIncidentStatus(incidentId, body),
    onSuccess,
  });
}
