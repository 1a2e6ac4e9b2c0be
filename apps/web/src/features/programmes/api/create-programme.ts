import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProgrammeSchema, type CreateProgrammeBody, type Programme } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { programmesKey } from './keys';

export function createProgramme(body: CreateProgrammeBody): Promise<Programme> {
  return apiFetch('/programmes', ProgrammeSchema, { method: 'POST', body });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
