import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PutCooperativeBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { cooperativeKey } from './keys';

export function saveCooperative(unitId: string, body: PutCooperativeBody): Promise<void> {
  return apiSend(`/units/${unitId}/cooperative`, { method: 'PUT', body });
}

export function useSaveCooperative(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutCooperativeBody) => saveCooperative(unitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperativeKey }),
  });
}
