import { useMutation } from '@tanstack/react-query';
import type { SopStepBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

type SopStepInput = { stepKey: string; body: SopStepBody };

/** Marks one step of the incident's SOP checklist done (or undone again). */
export function recordSopStep(incidentId: string, { stepKey, body }: SopStepInput): Promise<void> {
  return apiSend(incidentPath(incidentId, `/sop/${encodeURIComponent(stepKey)}`), { method: 'PUT', body });
}

export function useRecordSopStep(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (input: SopStepInput) => recordSopStep(incidentId, input), onSuccess });
}
