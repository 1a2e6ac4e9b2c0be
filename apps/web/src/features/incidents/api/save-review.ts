import { useMutation } from '@tanstack/react-query';
import type { ReviewBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { useIncidentChanged } from './invalidate';
import { incidentPath } from './keys';

/** The unit's post-incident review: cause, actions taken, lessons and follow-ups. */
export function saveReview(incidentId: string, body: ReviewBody): Promise<void> {
  return apiSend(incidentPath(incidentId, '/review'), { method: 'PUT', body });
}

export function useSaveReview(incidentId: string) {
  const onSuccess = useIncidentChanged();
  return useMutation({ mutationFn: (body: ReviewBody) => saveReview(incidentId, body), onSuccess });
}
