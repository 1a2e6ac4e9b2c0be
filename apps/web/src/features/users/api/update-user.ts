import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type UpdateUserBody, type User } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { usersKey } from './keys';

export function updateUser(userId: string, body: UpdateUserBody): Promise<User> {
  return apiFetch(`/users/${encodeURIComponent(userId)}`, UserSchema, { method: 'PATCH', body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateUserBody }) => updateUser(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] }),
  });
}
