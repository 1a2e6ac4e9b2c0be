import { useMutation } from '@tanstack/react-query';
import type { UpdateAgencyBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

type UpdateAgencyInput = { agencyId: string; body: UpdateAgencyBody };

export function updateAgency(incidentId: string, { agencyId, body }: UpdateAgencyInput): Promise<void> {
  return apiSend(incidentPath(incidentId, `/agencies/${encodeURIComponent(agencyId)}`), { method: 'PATCH', body });
}

export function useUpdateAgency(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (input: UpdateAgencyInput) => updateAgency(incidentId, input), onSuccess });
}
