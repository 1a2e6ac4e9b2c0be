import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PutTargetBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { cooperativeKey } from './keys';

export type SetTargetInput = PutTargetBody & { unitId: string; year: number };

export function setTarget({ unitId, year, ...body }: SetTargetInput): Promise<void> {
  return apiSend(`/units/${unitId}/targets/${year}`, { method: 'PUT', body });
}

export function useSetTarget() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setTarget, onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperativeKey }) });
}
