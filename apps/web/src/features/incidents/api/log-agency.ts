import { useMutation } from '@tanstack/react-query';
import type { AgencyBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

/** A law-enforcement coordination entry: who was asked for help, when, and when they came. */
export function logAgency(incidentId: string, body: AgencyBody): Promise<void> {
  return apiSend(incidentPath(incidentId, '/agencies'), { method: 'POST', body });
}

export function useLogAgency(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (body: AgencyBody) => logAgency(incidentId, body), onSuccess });
}
