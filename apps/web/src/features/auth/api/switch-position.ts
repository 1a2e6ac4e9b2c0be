import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeSchema, type Me } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meQueryKey, storeMe } from '@/lib/me';

export function switchPosition(positionId: string): Promise<Me> {
  return apiFetch('/me/position', MeSchema, { method: 'POST', body: { positionId } });
}

/** Acting in another position changes scope and permissions, so every cached answer is refetched. */
export function useSwitchPosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchPosition,
    onSuccess: async (me) => {
      storeMe(queryClient, me);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
