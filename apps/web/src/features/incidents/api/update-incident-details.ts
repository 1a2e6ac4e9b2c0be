import { useMutation } from '@tanstack/react-query';
import type { UpdateIncidentBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

/** Details that follow the first report: severity, time, place, description, people involved. */
export function updateIncidentDetails(incidentId: string, body: UpdateIncidentBody): Promise<void> {
  return apiSend(incidentPath(incidentId), { method: 'PATCH', body });
}

export function useUpdateIncidentDetails(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({
    mutationFn: (body: UpdateIncidentBody) => updateIncidentDetails(incidentId, body),
    onSuccess,
  });
}
