import { useMutation, useQueryClient } from '@tanstack/react-query';
import { InmateSchema, type CreateInmateBody, type Inmate } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { inmatesKey } from './keys';

/** A form may send an incomplete record: the server names each missing field, on its field. */
export function createInmate(body: Partial<CreateInmateBody>): Promise<Inmate> {
  return apiFetch('/inmates', InmateSchema, { method: 'POST', body });
}

export function useCreateInmate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInmate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inmatesKey }),
  });
}
