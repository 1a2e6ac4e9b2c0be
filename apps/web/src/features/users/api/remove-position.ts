import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type User } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { usersKey } from './keys';

export function removePosition(userId: string, positionId: string): Promise<User> {
  const path = `/users/${encodeURIComponent(userId)}/positions/${encodeURIComponent(positionId)}`;
  return apiFetch(path, UserSchema, { method: 'DELETE' });
}

export function useRemovePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, positionId }: { userId: string; positionId: string }) => removePosition(userId, positionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] }),
  });
}
