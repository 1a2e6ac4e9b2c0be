import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SopVersionSchema, type CreateSopVersionBody, type SopVersion } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { catalogueKey } from './keys';

export function createSopVersion({
  categoryId,
  body,
}: {
  categoryId: string;
  body: CreateSopVersionBody;
}): Promise<SopVersion> {
  return apiFetch(`/incident-catalogue/categories/${categoryId}/sop`, SopVersionSchema, { method: 'POST', body });
}

export function useCreateSopVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSopVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}
