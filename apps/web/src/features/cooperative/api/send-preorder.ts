import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PutPreorderBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { cooperativeKey } from './keys';

export function sendPreorder(unitId: string, weekStart: string, body: PutPreorderBody): Promise<void> {
  return apiSend(`/units/${unitId}/preorders/${weekStart}`, { method: 'PUT', body });
}

export function useSendPreorder(unitId: string, weekStart: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutPreorderBody) => sendPreorder(unitId, weekStart, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperativeKey }),
  });
}
