import { useMutation, useQueryClient } from '@tanstack/react-query';
import { InmateSchema, type Inmate, type UpdateInmateBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { inmatesKey } from './keys';

export function updateInmate(id: string, body: UpdateInmateBody): Promise<Inmate> {
  return apiFetch(`/inmates/${encodeURIComponent(id)}`, InmateSchema, { method: 'PATCH', body });
}

export function useUpdateInmate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInmateBody }) => updateInmate(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inmatesKey }),
  });
}
