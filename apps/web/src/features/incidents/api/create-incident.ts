import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreateIncidentBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { incidentsKey } from './keys';

// Only the id is needed to open the incident page, which loads the rest itself.
export const CreatedSchema = z.object({ id: z.uuid() });
export type CreatedIncident = z.infer<typeof CreatedSchema>;

/**
 * The first report. The draft's clientId is also the Idempotency-Key, so a retry (a lost answer, a
 * double tap, a reload) returns the incident already created instead of a second one.
 */
export function createIncident(body: CreateIncidentBody): Promise<CreatedIncident> {
  return apiFetch('/incidents', CreatedSchema, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': body.clientId },
  });
}

export function useCreateIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIncident,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentsKey }),
  });
}
