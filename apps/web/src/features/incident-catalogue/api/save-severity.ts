import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SeveritySchema, type SaveSeverityBody, type Severity } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { catalogueKey } from './keys';

export function saveSeverity(body: SaveSeverityBody): Promise<Severity> {
  return apiFetch(`/incident-catalogue/severities/${encodeURIComponent(body.code)}`, SeveritySchema, {
    method: 'PUT',
    body,
  });
}

export function useSaveSeverity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSeverity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}
