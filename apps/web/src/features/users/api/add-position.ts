import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type CreatePositionBody, type User } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { usersKey } from './keys';

export function addPosition(userId: string, body: CreatePositionBody): Promise<User> {
  return apiFetch(`/users/${encodeURIComponent(userId)}/positions`, UserSchema, { method: 'POST', body });
}

export function useAddPosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: CreatePositionBody }) => addPosition(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] }),
  });
}
