import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath, incidentPersonsKey } from './keys';

export function addPerson(incidentId: string, body: PersonBody): Promise<void> {
  return apiSend(incidentPath(incidentId, '/persons'), { method: 'POST', body });
}

export function useAddPerson(incidentId: string) {
  const queryClient = useQueryClient();
  const changed = useIncidentChanged();
  return useMutation({
    mutationFn: (body: PersonBody) => addPerson(incidentId, body),
    onSuccess: () =>
      Promise.all([changed(), queryClient.invalidateQueries({ queryKey: incidentPersonsKey(incidentId) })]),
  });
}
